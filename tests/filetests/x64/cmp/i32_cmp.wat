;;! target = "x86_64"

(module
  (func (export "eqz") (param i32) (result i32) (i32.eqz (local.get 0)))
  (func (export "eq") (param i32 i32) (result i32) (i32.eq (local.get 0) (local.get 1)))
  (func (export "ne") (param i32 i32) (result i32) (i32.ne (local.get 0) (local.get 1)))
  (func (export "lt_s") (param i32 i32) (result i32) (i32.lt_s (local.get 0) (local.get 1)))
  (func (export "lt_u") (param i32 i32) (result i32) (i32.lt_u (local.get 0) (local.get 1)))
  (func (export "gt_s") (param i32 i32) (result i32) (i32.gt_s (local.get 0) (local.get 1)))
  (func (export "gt_u") (param i32 i32) (result i32) (i32.gt_u (local.get 0) (local.get 1)))
  (func (export "le_s") (param i32 i32) (result i32) (i32.le_s (local.get 0) (local.get 1)))
  (func (export "le_u") (param i32 i32) (result i32) (i32.le_u (local.get 0) (local.get 1)))
  (func (export "ge_s") (param i32 i32) (result i32) (i32.ge_s (local.get 0) (local.get 1)))
  (func (export "ge_u") (param i32 i32) (result i32) (i32.ge_u (local.get 0) (local.get 1))))
;; function 0 (eqz):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 41h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: test eax, eax
;;   0x0030: sete al
;;   0x0033: movzx eax, al
;;   0x0036: mov rbx, [rbp-10h]
;;   0x003a: mov rsp, rbp
;;   0x003d: pop rbp
;;   0x003e: ret 8
;;   0x0041: ud2
;; function 1 (eq):
;;   0x0050: push rbp
;;   0x0051: mov rbp, rsp
;;   0x0054: mov r11, [r14]
;;   0x0057: mov r11, [r11]
;;   0x005a: add r11, 30h
;;   0x0061: cmp rsp, r11
;;   0x0064: jb 9Eh
;;   0x006a: sub rsp, 30h
;;   0x0071: mov [rbp-8], r14
;;   0x0075: mov [rbp-10h], rbx
;;   0x0079: mov [rbp-18h], r12
;;   0x007d: mov ebx, [rbp+10h]
;;   0x0080: mov r12d, [rbp+18h]
;;   0x0084: mov eax, ebx
;;   0x0086: cmp eax, r12d
;;   0x0089: sete al
;;   0x008c: movzx eax, al
;;   0x008f: mov rbx, [rbp-10h]
;;   0x0093: mov r12, [rbp-18h]
;;   0x0097: mov rsp, rbp
;;   0x009a: pop rbp
;;   0x009b: ret 10h
;;   0x009e: ud2
;; function 2 (ne):
;;   0x00a0: push rbp
;;   0x00a1: mov rbp, rsp
;;   0x00a4: mov r11, [r14]
;;   0x00a7: mov r11, [r11]
;;   0x00aa: add r11, 30h
;;   0x00b1: cmp rsp, r11
;;   0x00b4: jb 0EEh
;;   0x00ba: sub rsp, 30h
;;   0x00c1: mov [rbp-8], r14
;;   0x00c5: mov [rbp-10h], rbx
;;   0x00c9: mov [rbp-18h], r12
;;   0x00cd: mov ebx, [rbp+10h]
;;   0x00d0: mov r12d, [rbp+18h]
;;   0x00d4: mov eax, ebx
;;   0x00d6: cmp eax, r12d
;;   0x00d9: setne al
;;   0x00dc: movzx eax, al
;;   0x00df: mov rbx, [rbp-10h]
;;   0x00e3: mov r12, [rbp-18h]
;;   0x00e7: mov rsp, rbp
;;   0x00ea: pop rbp
;;   0x00eb: ret 10h
;;   0x00ee: ud2
;; function 3 (lt_s):
;;   0x00f0: push rbp
;;   0x00f1: mov rbp, rsp
;;   0x00f4: mov r11, [r14]
;;   0x00f7: mov r11, [r11]
;;   0x00fa: add r11, 30h
;;   0x0101: cmp rsp, r11
;;   0x0104: jb 13Eh
;;   0x010a: sub rsp, 30h
;;   0x0111: mov [rbp-8], r14
;;   0x0115: mov [rbp-10h], rbx
;;   0x0119: mov [rbp-18h], r12
;;   0x011d: mov ebx, [rbp+10h]
;;   0x0120: mov r12d, [rbp+18h]
;;   0x0124: mov eax, ebx
;;   0x0126: cmp eax, r12d
;;   0x0129: setl al
;;   0x012c: movzx eax, al
;;   0x012f: mov rbx, [rbp-10h]
;;   0x0133: mov r12, [rbp-18h]
;;   0x0137: mov rsp, rbp
;;   0x013a: pop rbp
;;   0x013b: ret 10h
;;   0x013e: ud2
;; function 4 (lt_u):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 30h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 18Eh
;;   0x015a: sub rsp, 30h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov [rbp-10h], rbx
;;   0x0169: mov [rbp-18h], r12
;;   0x016d: mov ebx, [rbp+10h]
;;   0x0170: mov r12d, [rbp+18h]
;;   0x0174: mov eax, ebx
;;   0x0176: cmp eax, r12d
;;   0x0179: setb al
;;   0x017c: movzx eax, al
;;   0x017f: mov rbx, [rbp-10h]
;;   0x0183: mov r12, [rbp-18h]
;;   0x0187: mov rsp, rbp
;;   0x018a: pop rbp
;;   0x018b: ret 10h
;;   0x018e: ud2
;; function 5 (gt_s):
;;   0x0190: push rbp
;;   0x0191: mov rbp, rsp
;;   0x0194: mov r11, [r14]
;;   0x0197: mov r11, [r11]
;;   0x019a: add r11, 30h
;;   0x01a1: cmp rsp, r11
;;   0x01a4: jb 1DEh
;;   0x01aa: sub rsp, 30h
;;   0x01b1: mov [rbp-8], r14
;;   0x01b5: mov [rbp-10h], rbx
;;   0x01b9: mov [rbp-18h], r12
;;   0x01bd: mov ebx, [rbp+10h]
;;   0x01c0: mov r12d, [rbp+18h]
;;   0x01c4: mov eax, ebx
;;   0x01c6: cmp eax, r12d
;;   0x01c9: setg al
;;   0x01cc: movzx eax, al
;;   0x01cf: mov rbx, [rbp-10h]
;;   0x01d3: mov r12, [rbp-18h]
;;   0x01d7: mov rsp, rbp
;;   0x01da: pop rbp
;;   0x01db: ret 10h
;;   0x01de: ud2
;; function 6 (gt_u):
;;   0x01e0: push rbp
;;   0x01e1: mov rbp, rsp
;;   0x01e4: mov r11, [r14]
;;   0x01e7: mov r11, [r11]
;;   0x01ea: add r11, 30h
;;   0x01f1: cmp rsp, r11
;;   0x01f4: jb 22Eh
;;   0x01fa: sub rsp, 30h
;;   0x0201: mov [rbp-8], r14
;;   0x0205: mov [rbp-10h], rbx
;;   0x0209: mov [rbp-18h], r12
;;   0x020d: mov ebx, [rbp+10h]
;;   0x0210: mov r12d, [rbp+18h]
;;   0x0214: mov eax, ebx
;;   0x0216: cmp eax, r12d
;;   0x0219: seta al
;;   0x021c: movzx eax, al
;;   0x021f: mov rbx, [rbp-10h]
;;   0x0223: mov r12, [rbp-18h]
;;   0x0227: mov rsp, rbp
;;   0x022a: pop rbp
;;   0x022b: ret 10h
;;   0x022e: ud2
;; function 7 (le_s):
;;   0x0230: push rbp
;;   0x0231: mov rbp, rsp
;;   0x0234: mov r11, [r14]
;;   0x0237: mov r11, [r11]
;;   0x023a: add r11, 30h
;;   0x0241: cmp rsp, r11
;;   0x0244: jb 27Eh
;;   0x024a: sub rsp, 30h
;;   0x0251: mov [rbp-8], r14
;;   0x0255: mov [rbp-10h], rbx
;;   0x0259: mov [rbp-18h], r12
;;   0x025d: mov ebx, [rbp+10h]
;;   0x0260: mov r12d, [rbp+18h]
;;   0x0264: mov eax, ebx
;;   0x0266: cmp eax, r12d
;;   0x0269: setle al
;;   0x026c: movzx eax, al
;;   0x026f: mov rbx, [rbp-10h]
;;   0x0273: mov r12, [rbp-18h]
;;   0x0277: mov rsp, rbp
;;   0x027a: pop rbp
;;   0x027b: ret 10h
;;   0x027e: ud2
;; function 8 (le_u):
;;   0x0280: push rbp
;;   0x0281: mov rbp, rsp
;;   0x0284: mov r11, [r14]
;;   0x0287: mov r11, [r11]
;;   0x028a: add r11, 30h
;;   0x0291: cmp rsp, r11
;;   0x0294: jb 2CEh
;;   0x029a: sub rsp, 30h
;;   0x02a1: mov [rbp-8], r14
;;   0x02a5: mov [rbp-10h], rbx
;;   0x02a9: mov [rbp-18h], r12
;;   0x02ad: mov ebx, [rbp+10h]
;;   0x02b0: mov r12d, [rbp+18h]
;;   0x02b4: mov eax, ebx
;;   0x02b6: cmp eax, r12d
;;   0x02b9: setbe al
;;   0x02bc: movzx eax, al
;;   0x02bf: mov rbx, [rbp-10h]
;;   0x02c3: mov r12, [rbp-18h]
;;   0x02c7: mov rsp, rbp
;;   0x02ca: pop rbp
;;   0x02cb: ret 10h
;;   0x02ce: ud2
;; function 9 (ge_s):
;;   0x02d0: push rbp
;;   0x02d1: mov rbp, rsp
;;   0x02d4: mov r11, [r14]
;;   0x02d7: mov r11, [r11]
;;   0x02da: add r11, 30h
;;   0x02e1: cmp rsp, r11
;;   0x02e4: jb 31Eh
;;   0x02ea: sub rsp, 30h
;;   0x02f1: mov [rbp-8], r14
;;   0x02f5: mov [rbp-10h], rbx
;;   0x02f9: mov [rbp-18h], r12
;;   0x02fd: mov ebx, [rbp+10h]
;;   0x0300: mov r12d, [rbp+18h]
;;   0x0304: mov eax, ebx
;;   0x0306: cmp eax, r12d
;;   0x0309: setge al
;;   0x030c: movzx eax, al
;;   0x030f: mov rbx, [rbp-10h]
;;   0x0313: mov r12, [rbp-18h]
;;   0x0317: mov rsp, rbp
;;   0x031a: pop rbp
;;   0x031b: ret 10h
;;   0x031e: ud2
;; function 10 (ge_u):
;;   0x0320: push rbp
;;   0x0321: mov rbp, rsp
;;   0x0324: mov r11, [r14]
;;   0x0327: mov r11, [r11]
;;   0x032a: add r11, 30h
;;   0x0331: cmp rsp, r11
;;   0x0334: jb 36Eh
;;   0x033a: sub rsp, 30h
;;   0x0341: mov [rbp-8], r14
;;   0x0345: mov [rbp-10h], rbx
;;   0x0349: mov [rbp-18h], r12
;;   0x034d: mov ebx, [rbp+10h]
;;   0x0350: mov r12d, [rbp+18h]
;;   0x0354: mov eax, ebx
;;   0x0356: cmp eax, r12d
;;   0x0359: setae al
;;   0x035c: movzx eax, al
;;   0x035f: mov rbx, [rbp-10h]
;;   0x0363: mov r12, [rbp-18h]
;;   0x0367: mov rsp, rbp
;;   0x036a: pop rbp
;;   0x036b: ret 10h
;;   0x036e: ud2
