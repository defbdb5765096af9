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
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 5Dh
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov rax, [rbp+18h]
;;   0x0029: add rax, 1
;;   0x002d: mov ecx, [rbp+10h]
;;   0x0030: add ecx, 1
;;   0x0033: mov [rbp-10h], rax
;;   0x0037: mov [rbp-18h], ecx
;;   0x003a: mov eax, [rbp+10h]
;;   0x003d: imul eax, [rbp+10h]
;;   0x0041: mov [rbp-20h], eax
;;   0x0044: mov eax, [rbp-18h]
;;   0x0047: add eax, [rbp-20h]
;;   0x004a: mov eax, eax
;;   0x004c: mov rcx, [rbp-10h]
;;   0x0050: add rcx, rax
;;   0x0053: mov rax, rcx
;;   0x0056: mov rsp, rbp
;;   0x0059: pop rbp
;;   0x005a: ret 10h
;;   0x005d: ud2
