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
;;   0x0074: jb 0C4h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov r15, [r14+18h]
;;   0x0090: mov r15, [r15]
;;   0x0093: mov eax, ebx
;;   0x0095: mov r11, [r14+20h]
;;   0x0099: mov ecx, 80000004h
;;   0x009e: add rcx, rax
;;   0x00a1: cmp rcx, [r11+8]
;;   0x00a5: ja 0C6h
;;   0x00ab: add rax, [r11]
;;   0x00ae: mov r11d, 80000000h
;;   0x00b4: add rax, r11
;;   0x00b7: mov eax, [rax]
;;   0x00b9: mov rbx, [rbp-10h]
;;   0x00bd: mov rsp, rbp
;;   0x00c0: pop rbp
;;   0x00c1: ret 8
;;   0x00c4: ud2
;;   0x00c6: ud2
;; function 2 (store1_far):
;;   0x00d0: push rbp
;;   0x00d1: mov rbp, rsp
;;   0x00d4: mov r11, [r14]
;;   0x00d7: mov r11, [r11]
;;   0x00da: add r11, 30h
;;   0x00e1: cmp rsp, r11
;;   0x00e4: jb 144h
;;   0x00ea: sub rsp, 30h
;;   0x00f1: mov [rbp-8], r14
;;   0x00f5: mov [rbp-10h], rbx
;;   0x00f9: mov [rbp-18h], r12
;;   0x00fd: mov ebx, [rbp+10h]
;;   0x0100: mov r12, [rbp+18h]
;;   0x0104: mov r15, [r14+18h]
;;   0x0108: mov r15, [r15]
;;   0x010b: mov rax, r12
;;   0x010e: mov ecx, ebx
;;   0x0110: mov r11, [r14+20h]
;;   0x0114: mov edx, 0FFFFFFF8h
;;   0x0119: add rdx, rcx
;;   0x011c: cmp rdx, [r11+8]
;;   0x0120: ja 146h
;;   0x0126: add rcx, [r11]
;;   0x0129: mov r11d, 0FFFFFFF0h
;;   0x012f: add rcx, r11
;;   0x0132: mov [rcx], rax
;;   0x0135: mov rbx, [rbp-10h]
;;   0x0139: mov r12, [rbp-18h]
;;   0x013d: mov rsp, rbp
;;   0x0140: pop rbp
;;   0x0141: ret 10h
;;   0x0144: ud2
;;   0x0146: ud2
;; function 3 (get):
;;   0x0150: push rbp
;;   0x0151: mov rbp, rsp
;;   0x0154: mov r11, [r14]
;;   0x0157: mov r11, [r11]
;;   0x015a: add r11, 30h
;;   0x0161: cmp rsp, r11
;;   0x0164: jb 1A8h
;;   0x016a: sub rsp, 30h
;;   0x0171: mov [rbp-8], r14
;;   0x0175: mov [rbp-10h], rbx
;;   0x0179: mov ebx, [rbp+10h]
;;   0x017c: mov r15, [r14+18h]
;;   0x0180: mov r15, [r15]
;;   0x0183: mov eax, ebx
;;   0x0185: mov r11, [r14+28h]
;;   0x0189: cmp rax, [r11+8]
;;   0x018d: jae 1AAh
;;   0x0193: mov r11, [r11]
;;   0x0196: lea rax, [r11+rax*8]
;;   0x019a: mov rax, [rax]
;;   0x019d: mov rbx, [rbp-10h]
;;   0x01a1: mov rsp, rbp
;;   0x01a4: pop rbp
;;   0x01a5: ret 8
;;   0x01a8: ud2
;;   0x01aa: ud2
