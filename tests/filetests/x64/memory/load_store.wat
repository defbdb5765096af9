;;! target = "x86_64"

;; Memory accesses with the default (explicit) bounds checks.
(module
  (memory 1)
  (func (export "load") (param i32) (result i32)
    (i32.load (local.get 0)))
  (func (export "load_offset") (param i32) (result i64)
    (i64.load offset=16 (local.get 0)))
  (func (export "store") (param i32 i32)
    (i32.store (local.get 0) (local.get 1)))
  (func (export "load8_s") (param i32) (result i32)
    (i32.load8_s offset=3 (local.get 0))))
;; function 0 (load):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 57h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: mov eax, ebx
;;   0x0035: mov r11, [r14+18h]
;;   0x0039: lea rcx, [rax+4]
;;   0x003d: cmp rcx, [r11+8]
;;   0x0041: ja 59h
;;   0x0047: add rax, r15
;;   0x004a: mov eax, [rax]
;;   0x004c: mov rbx, [rbp-10h]
;;   0x0050: mov rsp, rbp
;;   0x0053: pop rbp
;;   0x0054: ret 8
;;   0x0057: ud2
;;   0x0059: ud2
;; function 1 (load_offset):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 30h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 0B9h
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov ebx, [rbp+10h]
;;   0x008c: mov r15, [r14+18h]
;;   0x0090: mov r15, [r15]
;;   0x0093: mov eax, ebx
;;   0x0095: mov r11, [r14+18h]
;;   0x0099: lea rcx, [rax+18h]
;;   0x009d: cmp rcx, [r11+8]
;;   0x00a1: ja 0BBh
;;   0x00a7: add rax, r15
;;   0x00aa: mov rax, [rax+10h]
;;   0x00ae: mov rbx, [rbp-10h]
;;   0x00b2: mov rsp, rbp
;;   0x00b5: pop rbp
;;   0x00b6: ret 8
;;   0x00b9: ud2
;;   0x00bb: ud2
;; function 2 (store):
;;   0x00c0: push rbp
;;   0x00c1: mov rbp, rsp
;;   0x00c4: mov r11, [r14]
;;   0x00c7: mov r11, [r11]
;;   0x00ca: add r11, 30h
;;   0x00d1: cmp rsp, r11
;;   0x00d4: jb 126h
;;   0x00da: sub rsp, 30h
;;   0x00e1: mov [rbp-8], r14
;;   0x00e5: mov [rbp-10h], rbx
;;   0x00e9: mov [rbp-18h], r12
;;   0x00ed: mov ebx, [rbp+10h]
;;   0x00f0: mov r12d, [rbp+18h]
;;   0x00f4: mov r15, [r14+18h]
;;   0x00f8: mov r15, [r15]
;;   0x00fb: mov eax, r12d
;;   0x00fe: mov ecx, ebx
;;   0x0100: mov r11, [r14+18h]
;;   0x0104: lea rdx, [rcx+4]
;;   0x0108: cmp rdx, [r11+8]
;;   0x010c: ja 128h
;;   0x0112: add rcx, r15
;;   0x0115: mov [rcx], eax
;;   0x0117: mov rbx, [rbp-10h]
;;   0x011b: mov r12, [rbp-18h]
;;   0x011f: mov rsp, rbp
;;   0x0122: pop rbp
;;   0x0123: ret 10h
;;   0x0126: ud2
;;   0x0128: ud2
;; function 3 (load8_s):
;;   0x0130: push rbp
;;   0x0131: mov rbp, rsp
;;   0x0134: mov r11, [r14]
;;   0x0137: mov r11, [r11]
;;   0x013a: add r11, 30h
;;   0x0141: cmp rsp, r11
;;   0x0144: jb 189h
;;   0x014a: sub rsp, 30h
;;   0x0151: mov [rbp-8], r14
;;   0x0155: mov [rbp-10h], rbx
;;   0x0159: mov ebx, [rbp+10h]
;;   0x015c: mov r15, [r14+18h]
;;   0x0160: mov r15, [r15]
;;   0x0163: mov eax, ebx
;;   0x0165: mov r11, [r14+18h]
;;   0x0169: lea rcx, [rax+4]
;;   0x016d: cmp rcx, [r11+8]
;;   0x0171: ja 18Bh
;;   0x0177: add rax, r15
;;   0x017a: movsx eax, byte ptr [rax+3]
;;   0x017e: mov rbx, [rbp-10h]
;;   0x0182: mov rsp, rbp
;;   0x0185: pop rbp
;;   0x0186: ret 8
;;   0x0189: ud2
;;   0x018b: ud2
