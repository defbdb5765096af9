;;! target = "x86_64"

;; Entering a block spills every register value; the block's result and
;; the values below it are then read back from their slots.
(module
  (func (export "spill_block") (param i32 i64) (result i64)
    (i64.add (local.get 1) (i64.const 1))
    (i32.add (local.get 0) (i32.const 1))
    (block (result i32)
      (i32.mul (local.get 0) (local.get 0)))
    i32.add
    i64.extend_i32_u
    i64.add))
;; function 0 (spill_block):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 40h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 70h
;;   0x001a: sub rsp, 40h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov [rbp-18h], r12
;;   0x002d: mov ebx, [rbp+10h]
;;   0x0030: mov r12, [rbp+18h]
;;   0x0034: mov rax, r12
;;   0x0037: add rax, 1
;;   0x003b: mov ecx, ebx
;;   0x003d: add ecx, 1
;;   0x0040: mov [rbp-28h], rax
;;   0x0044: mov [rbp-30h], ecx
;;   0x0047: mov eax, ebx
;;   0x0049: imul eax, ebx
;;   0x004c: mov [rbp-38h], eax
;;   0x004f: mov eax, [rbp-30h]
;;   0x0052: add eax, [rbp-38h]
;;   0x0055: mov eax, eax
;;   0x0057: mov rcx, [rbp-28h]
;;   0x005b: add rcx, rax
;;   0x005e: mov rax, rcx
;;   0x0061: mov rbx, [rbp-10h]
;;   0x0065: mov r12, [rbp-18h]
;;   0x0069: mov rsp, rbp
;;   0x006c: pop rbp
;;   0x006d: ret 10h
;;   0x0070: ud2
