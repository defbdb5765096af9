;;! target = "x86_64"
;;! bounds = "explicit"
;;! spectre = "off"

;; Without Spectre hardening a checked access uses the index register
;; directly. For a memory other than 0 with an offset of 2^31 or more, the
;; base is added from the definition (in r11) before r11 is reused to
;; materialize the offset.
(module
  (memory $m0 1)
  (memory $m1 32769)
  (table 4 funcref)
  (func (export "load0") (param i32) (result i32) (i32.load offset=16 (local.get 0)))
  (func (export "load1_far") (param i32) (result i32) (i32.load $m1 offset=0x80000000 (local.get 0)))
  (func (export "store1_far") (param i32 i64) (i64.store $m1 offset=0xfffffff0 (local.get 0) (local.get 1)))
  (func (export "get") (param i32) (result funcref) (table.get (local.get 0))))
;; function 0 (load0):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 55h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov r11, [r14+18h]
;;   0x0037: lea rax, [rbx+14h]
;;   0x003b: cmp rax, [r11+8]
;;   0x003f: ja 57h
;;   0x0045: mov eax, [r15+rbx+10h]
;;   0x004a: mov rbx, [rbp-10h]
;;   0x004e: mov rsp, rbp
;;   0x0051: pop rbp
;;   0x0052: ret 8
;;   0x0055: ud2
;;   0x0057: ud2
;; function 1 (load1_far):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0BAh
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov r15, [r14+18h]
;;   0x0090: mov r15, [r15]
;;   0x0093: mov r11, [r14+20h]
;;   0x0097: mov eax, 80000004h
;;   0x009c: add rax, rbx
;;   0x009f: cmp rax, [r11+8]
;;   0x00a3: ja 0BCh
;;   0x00a9: add rax, [r11]
;;   0x00ac: mov eax, [rax-4]
;;   0x00af: mov rbx, [rbp-10h]
;;   0x00b3: mov rsp, rbp
;;   0x00b6: pop rbp
;;   0x00b7: ret 8
;;   0x00ba: ud2
;;   0x00bc: ud2
;; function 2 (store1_far):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 127h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov [rbp-18h], r12
;;   0x00ed: mov ebx, [rbp+10h]
;;   0x00f0: mov r12, [rbp+18h]
;;   0x00f4: mov r15, [r14+18h]
;;   0x00f8: mov r15, [r15]
;;   0x00fb: mov r11, [r14+20h]
;;   0x00ff: mov eax, 0FFFFFFF8h
;;   0x0104: add rax, rbx
;;   0x0107: cmp rax, [r11+8]
;;   0x010b: ja 129h
;;   0x0111: add rax, [r11]
;;   0x0114: mov [rax-8], r12
;;   0x0118: mov rbx, [rbp-10h]
;;   0x011c: mov r12, [rbp-18h]
;;   0x0120: mov rsp, rbp
;;   0x0123: pop rbp
;;   0x0124: ret 10h
;;   0x0127: ud2
;;   0x0129: ud2
;; function 3 (get):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 188h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov ebx, [rbp+10h]
;;   0x015c: mov r15, [r14+18h]
;;   0x0160: mov r15, [r15]
;;   0x0163: mov eax, ebx
;;   0x0165: mov r11, [r14+28h]
;;   0x0169: cmp rax, [r11+8]
;;   0x016d: jae 18Ah
;;   0x0173: mov r11, [r11]
;;   0x0176: lea rax, [r11+rax*8]
;;   0x017a: mov rax, [rax]
;;   0x017d: mov rbx, [rbp-10h]
;;   0x0181: mov rsp, rbp
;;   0x0184: pop rbp
;;   0x0185: ret 8
;;   0x0188: ud2
;;   0x018a: ud2
