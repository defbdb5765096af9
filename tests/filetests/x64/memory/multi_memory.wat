;;! target = "x86_64"
;;! bounds = "guard"

;; Several memories (one imported): each is reached through its own
;; definition pointer in the vmctx (memory 0 at 0x18, 1 at 0x20, 2 at 0x28).
(module
  (import "env" "mem" (memory $imp 1))
  (memory $a 1)
  (memory $b 2)
  (func (export "load_a") (param i32) (result i32) (i32.load $a (local.get 0)))
  (func (export "load_imported") (param i32) (result i64) (i64.load $imp offset=8 (local.get 0)))
  (func (export "store_b") (param i32 f64) (f64.store $b offset=0x80000000 (local.get 0) (local.get 1)))
  (func (export "size_b") (result i32) (memory.size $b))
  (func (export "grow_a") (param i32) (result i32) (memory.grow $a (local.get 0)))
  (func (export "copy_b_to_a") (param i32 i32 i32)
    (memory.copy $a $b (local.get 0) (local.get 1) (local.get 2)))
  (func (export "fill_b") (param i32)
    (memory.fill $b (local.get 0) (i32.const 255) (i32.const 4))))
;; function 0 (load_a):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 3Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov r15, [r14+18h]
;;   0x0029: mov r15, [r15]
;;   0x002c: mov eax, [rbp+10h]
;;   0x002f: mov r11, [r14+20h]
;;   0x0033: add rax, [r11]
;;   0x0036: mov eax, [rax]
;;   0x0038: mov rsp, rbp
;;   0x003b: pop rbp
;;   0x003c: ret 8
;;   0x003f: ud2
;; function 1 (load_imported):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 10h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 8Dh
;;   0x006a: sub rsp, 10h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov r15, [r14+18h]
;;   0x0079: mov r15, [r15]
;;   0x007c: mov eax, [rbp+10h]
;;   0x007f: add rax, r15
;;   0x0082: mov rax, [rax+8]
;;   0x0086: mov rsp, rbp
;;   0x0089: pop rbp
;;   0x008a: ret 8
;;   0x008d: ud2
;; function 2 (store_b):
;;   0x0090: push rbp
;;   0x0091: mov rbp, rsp
;;   0x0094: mov r11, [r14]
;;   0x0097: mov r11, [r11]
;;   0x009a: add r11, 20h
;;   0x00a1: cmp rsp, r11
;;   0x00a4: jb 0F1h
;;   0x00aa: sub rsp, 20h
;;   0x00b1: mov [rbp-8], r14
;;   0x00b5: mov r15, [r14+18h]
;;   0x00b9: mov r15, [r15]
;;   0x00bc: movsd xmm0, [rbp+18h]
;;   0x00c1: mov eax, [rbp+10h]
;;   0x00c4: mov r11, [r14+28h]
;;   0x00c8: mov ecx, 80000008h
;;   0x00cd: add rcx, rax
;;   0x00d0: cmp rcx, [r11+8]
;;   0x00d4: ja 0F3h
;;   0x00da: add rax, [r11]
;;   0x00dd: mov r11d, 80000000h
;;   0x00e3: add rax, r11
;;   0x00e6: movsd [rax], xmm0
;;   0x00ea: mov rsp, rbp
;;   0x00ed: pop rbp
;;   0x00ee: ret 10h
;;   0x00f1: ud2
;;   0x00f3: ud2
;; function 3 (size_b):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 13Dh
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov r15, [r14+18h]
;;   0x0129: mov r15, [r15]
;;   0x012c: mov r11, [r14+28h]
;;   0x0130: mov rax, [r11+8]
;;   0x0134: shr rax, 10h
;;   0x0138: mov rsp, rbp
;;   0x013b: pop rbp
;;   0x013c: ret
;;   0x013d: ud2
;; function 4 (grow_a):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 197h
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov r15, [r14+18h]
;;   0x0169: mov r15, [r15]
;;   0x016c: mov esi, 1
;;   0x0171: mov edx, [rbp+10h]
;;   0x0174: mov rdi, r14
;;   0x0177: mov r11, rsp
;;   0x017a: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x017e: push r11
;;   0x0180: push r11
;;   0x0182: mov r11, [r14+8]
;;   0x0186: call qword ptr [r11]
;;   0x0189: mov rsp, [rsp+8]
;;   0x018e: mov eax, eax
;;   0x0190: mov rsp, rbp
;;   0x0193: pop rbp
;;   0x0194: ret 8
;;   0x0197: ud2
;; function 5 (copy_b_to_a):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 20h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 20Bh
;;   0x01ba: sub rsp, 20h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov r15, [r14+18h]
;;   0x01c9: mov r15, [r15]
;;   0x01cc: mov esi, 1
;;   0x01d1: mov edx, 2
;;   0x01d6: mov ecx, [rbp+10h]
;;   0x01d9: mov r8d, [rbp+18h]
;;   0x01dd: mov r9d, [rbp+20h]
;;   0x01e1: mov rdi, r14
;;   0x01e4: mov r11, rsp
;;   0x01e7: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x01eb: push r11
;;   0x01ed: push r11
;;   0x01ef: mov r11, [r14+8]
;;   0x01f3: call qword ptr [r11+10h]
;;   0x01f7: mov rsp, [rsp+8]
;;   0x01fc: test eax, eax
;;   0x01fe: jne 20Dh
;;   0x0204: mov rsp, rbp
;;   0x0207: pop rbp
;;   0x0208: ret 18h
;;   0x020b: ud2
;;   0x020d: mov r11, [r14]
;;   0x0210: mov rsp, [r11+8]
;;   0x0214: jmp qword ptr [r11+10h]
;; function 6 (fill_b):
;;   0x0220: push rbp
;;   0x0221: mov rbp, rsp
;;   0x0224: mov r11, [r14]
;;   0x0227: mov r11, [r11]
;;   0x022a: add r11, 20h
;;   0x0231: cmp rsp, r11
;;   0x0234: jb 289h
;;   0x023a: sub rsp, 20h
;;   0x0241: mov [rbp-8], r14
;;   0x0245: mov r15, [r14+18h]
;;   0x0249: mov r15, [r15]
;;   0x024c: mov esi, 2
;;   0x0251: mov edx, [rbp+10h]
;;   0x0254: mov ecx, 0FFh
;;   0x0259: mov r8d, 4
;;   0x025f: mov rdi, r14
;;   0x0262: mov r11, rsp
;;   0x0265: and rsp, 0FFFFFFFFFFFFFFF0h
;;   0x0269: push r11
;;   0x026b: push r11
;;   0x026d: mov r11, [r14+8]
;;   0x0271: call qword ptr [r11+8]
;;   0x0275: mov rsp, [rsp+8]
;;   0x027a: test eax, eax
;;   0x027c: jne 28Bh
;;   0x0282: mov rsp, rbp
;;   0x0285: pop rbp
;;   0x0286: ret 8
;;   0x0289: ud2
;;   0x028b: mov r11, [r14]
;;   0x028e: mov rsp, [r11+8]
;;   0x0292: jmp qword ptr [r11+10h]
