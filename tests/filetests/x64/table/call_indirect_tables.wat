;;! target = "x86_64"

;; call_indirect through several tables: each has its own definition pointer;
;; the element index is bounds-checked (UndefinedElement), a null element
;; traps UninitializedElement, a type id mismatch IndirectCallTypeMismatch.
;; The callee's vmctx is installed for the call and ours reloaded after.
(module
  (type $ii (func (param i32) (result i32)))
  (type $v (func))
  (type $ff (func (param f64 i64) (result f64)))
  (table $t0 2 funcref)
  (table $t1 3 funcref)
  (table $t2 1 funcref)
  (func $a (type $ii) (local.get 0))
  (func $b (type $v))
  (elem (table $t0) (i32.const 0) func $a)
  (elem (table $t1) (i32.const 0) func $b $a)
  (func (export "via_t1") (param i32 i32) (result i32)
    (call_indirect $t1 (type $ii) (local.get 0) (local.get 1)))
  (func (export "via_t2") (param i32)
    (call_indirect $t2 (type $v) (local.get 0)))
  (func (export "floats_t0") (param f64 i32) (result f64)
    (call_indirect $t0 (type $ff) (local.get 0) (i64.const 3) (local.get 1)))
  (func (export "both") (param i32) (result i32)
    (i32.add
      (call_indirect $t0 (type $ii) (i32.const 5) (local.get 0))
      (call_indirect $t1 (type $ii) (i32.const 6) (local.get 0)))))
;; function 0:
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 10h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 2Fh
;;   0x001a: sub rsp, 10h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov eax, [rbp+10h]
;;   0x0028: mov rsp, rbp
;;   0x002b: pop rbp
;;   0x002c: ret 8
;;   0x002f: mov r11, [r14]
;;   0x0032: mov eax, 0Ah
;;   0x0037: mov rsp, [r11+8]
;;   0x003b: jmp qword ptr [r11+10h]
;; function 1:
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 10h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 6Ah
;;   0x005a: sub rsp, 10h
;;   0x0061: mov [rbp-8], r14
;;   0x0065: mov rsp, rbp
;;   0x0068: pop rbp
;;   0x0069: ret
;;   0x006a: mov r11, [r14]
;;   0x006d: mov eax, 0Ah
;;   0x0072: mov rsp, [r11+8]
;;   0x0076: jmp qword ptr [r11+10h]
;; function 2 (via_t1):
;;   0x0080: push rbp
;;   0x0081: mov rbp, rsp
;;   0x0084: mov r11, [r14]
;;   0x0087: mov r11, [r11]
;;   0x008a: add r11, 28h
;;   0x0091: cmp rsp, r11
;;   0x0094: jb 0FBh
;;   0x009a: sub rsp, 20h
;;   0x00a1: mov [rbp-8], r14
;;   0x00a5: mov eax, [rbp+18h]
;;   0x00a8: mov r11, [r14+20h]
;;   0x00ac: cmp rax, [r11+8]
;;   0x00b0: jae 10Bh
;;   0x00b6: shl rax, 3
;;   0x00ba: add rax, [r11]
;;   0x00bd: mov rax, [rax]
;;   0x00c0: test rax, rax
;;   0x00c3: je 11Bh
;;   0x00c9: mov r11d, [r14+30h]
;;   0x00cd: cmp r11d, [rax+10h]
;;   0x00d1: jne 12Bh
;;   0x00d7: sub rsp, 8
;;   0x00db: mov r11d, [rbp+10h]
;;   0x00df: mov [rsp], r11d
;;   0x00e3: mov r11, rax
;;   0x00e6: mov rsi, r14
;;   0x00e9: mov r14, [r11+8]
;;   0x00ed: call qword ptr [r11]
;;   0x00f0: mov r14, [rbp-8]
;;   0x00f4: mov rsp, rbp
;;   0x00f7: pop rbp
;;   0x00f8: ret 10h
;;   0x00fb: mov r11, [r14]
;;   0x00fe: mov eax, 0Ah
;;   0x0103: mov rsp, [r11+8]
;;   0x0107: jmp qword ptr [r11+10h]
;;   0x010b: mov r11, [r14]
;;   0x010e: mov eax, 7
;;   0x0113: mov rsp, [r11+8]
;;   0x0117: jmp qword ptr [r11+10h]
;;   0x011b: mov r11, [r14]
;;   0x011e: mov eax, 8
;;   0x0123: mov rsp, [r11+8]
;;   0x0127: jmp qword ptr [r11+10h]
;;   0x012b: mov r11, [r14]
;;   0x012e: mov eax, 9
;;   0x0133: mov rsp, [r11+8]
;;   0x0137: jmp qword ptr [r11+10h]
;; function 3 (via_t2):
;;   0x0140: push rbp
;;   0x0141: mov rbp, rsp
;;   0x0144: mov r11, [r14]
;;   0x0147: mov r11, [r11]
;;   0x014a: add r11, 10h
;;   0x0151: cmp rsp, r11
;;   0x0154: jb 1AFh
;;   0x015a: sub rsp, 10h
;;   0x0161: mov [rbp-8], r14
;;   0x0165: mov eax, [rbp+10h]
;;   0x0168: mov r11, [r14+28h]
;;   0x016c: cmp rax, [r11+8]
;;   0x0170: jae 1BFh
;;   0x0176: shl rax, 3
;;   0x017a: add rax, [r11]
;;   0x017d: mov rax, [rax]
;;   0x0180: test rax, rax
;;   0x0183: je 1CFh
;;   0x0189: mov r11d, [r14+34h]
;;   0x018d: cmp r11d, [rax+10h]
;;   0x0191: jne 1DFh
;;   0x0197: mov r11, rax
;;   0x019a: mov rsi, r14
;;   0x019d: mov r14, [r11+8]
;;   0x01a1: call qword ptr [r11]
;;   0x01a4: mov r14, [rbp-8]
;;   0x01a8: mov rsp, rbp
;;   0x01ab: pop rbp
;;   0x01ac: ret 8
;;   0x01af: mov r11, [r14]
;;   0x01b2: mov eax, 0Ah
;;   0x01b7: mov rsp, [r11+8]
;;   0x01bb: jmp qword ptr [r11+10h]
;;   0x01bf: mov r11, [r14]
;;   0x01c2: mov eax, 7
;;   0x01c7: mov rsp, [r11+8]
;;   0x01cb: jmp qword ptr [r11+10h]
;;   0x01cf: mov r11, [r14]
;;   0x01d2: mov eax, 8
;;   0x01d7: mov rsp, [r11+8]
;;   0x01db: jmp qword ptr [r11+10h]
;;   0x01df: mov r11, [r14]
;;   0x01e2: mov eax, 9
;;   0x01e7: mov rsp, [r11+8]
;;   0x01eb: jmp qword ptr [r11+10h]
;; function 4 (floats_t0):
;;   0x01f0: push rbp
;;   0x01f1: mov rbp, rsp
;;   0x01f4: mov r11, [r14]
;;   0x01f7: mov r11, [r11]
;;   0x01fa: add r11, 30h
;;   0x0201: cmp rsp, r11
;;   0x0204: jb 274h
;;   0x020a: sub rsp, 20h
;;   0x0211: mov [rbp-8], r14
;;   0x0215: mov eax, [rbp+18h]
;;   0x0218: mov r11, [r14+18h]
;;   0x021c: cmp rax, [r11+8]
;;   0x0220: jae 284h
;;   0x0226: shl rax, 3
;;   0x022a: add rax, [r11]
;;   0x022d: mov rax, [rax]
;;   0x0230: test rax, rax
;;   0x0233: je 294h
;;   0x0239: mov r11d, [r14+38h]
;;   0x023d: cmp r11d, [rax+10h]
;;   0x0241: jne 2A4h
;;   0x0247: sub rsp, 10h
;;   0x024b: mov r11, [rbp+10h]
;;   0x024f: mov [rsp], r11
;;   0x0253: mov qword ptr [rsp+8], 3
;;   0x025c: mov r11, rax
;;   0x025f: mov rsi, r14
;;   0x0262: mov r14, [r11+8]
;;   0x0266: call qword ptr [r11]
;;   0x0269: mov r14, [rbp-8]
;;   0x026d: mov rsp, rbp
;;   0x0270: pop rbp
;;   0x0271: ret 10h
;;   0x0274: mov r11, [r14]
;;   0x0277: mov eax, 0Ah
;;   0x027c: mov rsp, [r11+8]
;;   0x0280: jmp qword ptr [r11+10h]
;;   0x0284: mov r11, [r14]
;;   0x0287: mov eax, 7
;;   0x028c: mov rsp, [r11+8]
;;   0x0290: jmp qword ptr [r11+10h]
;;   0x0294: mov r11, [r14]
;;   0x0297: mov eax, 8
;;   0x029c: mov rsp, [r11+8]
;;   0x02a0: jmp qword ptr [r11+10h]
;;   0x02a4: mov r11, [r14]
;;   0x02a7: mov eax, 9
;;   0x02ac: mov rsp, [r11+8]
;;   0x02b0: jmp qword ptr [r11+10h]
;; function 5 (both):
;;   0x02c0: push rbp
;;   0x02c1: mov rbp, rsp
;;   0x02c4: mov r11, [r14]
;;   0x02c7: mov r11, [r11]
;;   0x02ca: add r11, 28h
;;   0x02d1: cmp rsp, r11
;;   0x02d4: jb 392h
;;   0x02da: sub rsp, 20h
;;   0x02e1: mov [rbp-8], r14
;;   0x02e5: mov eax, [rbp+10h]
;;   0x02e8: mov r11, [r14+18h]
;;   0x02ec: cmp rax, [r11+8]
;;   0x02f0: jae 3A2h
;;   0x02f6: shl rax, 3
;;   0x02fa: add rax, [r11]
;;   0x02fd: mov rax, [rax]
;;   0x0300: test rax, rax
;;   0x0303: je 3B2h
;;   0x0309: mov r11d, [r14+30h]
;;   0x030d: cmp r11d, [rax+10h]
;;   0x0311: jne 3C2h
;;   0x0317: sub rsp, 8
;;   0x031b: mov dword ptr [rsp], 5
;;   0x0322: mov r11, rax
;;   0x0325: mov rsi, r14
;;   0x0328: mov r14, [r11+8]
;;   0x032c: call qword ptr [r11]
;;   0x032f: mov r14, [rbp-8]
;;   0x0333: mov ecx, [rbp+10h]
;;   0x0336: mov r11, [r14+20h]
;;   0x033a: cmp rcx, [r11+8]
;;   0x033e: jae 3A2h
;;   0x0344: shl rcx, 3
;;   0x0348: add rcx, [r11]
;;   0x034b: mov rcx, [rcx]
;;   0x034e: test rcx, rcx
;;   0x0351: je 3B2h
;;   0x0357: mov r11d, [r14+30h]
;;   0x035b: cmp r11d, [rcx+10h]
;;   0x035f: jne 3C2h
;;   0x0365: sub rsp, 8
;;   0x0369: mov dword ptr [rsp], 6
;;   0x0370: mov [rbp-10h], eax
;;   0x0373: mov r11, rcx
;;   0x0376: mov rsi, r14
;;   0x0379: mov r14, [r11+8]
;;   0x037d: call qword ptr [r11]
;;   0x0380: mov r14, [rbp-8]
;;   0x0384: mov ecx, [rbp-10h]
;;   0x0387: add ecx, eax
;;   0x0389: mov eax, ecx
;;   0x038b: mov rsp, rbp
;;   0x038e: pop rbp
;;   0x038f: ret 8
;;   0x0392: mov r11, [r14]
;;   0x0395: mov eax, 0Ah
;;   0x039a: mov rsp, [r11+8]
;;   0x039e: jmp qword ptr [r11+10h]
;;   0x03a2: mov r11, [r14]
;;   0x03a5: mov eax, 7
;;   0x03aa: mov rsp, [r11+8]
;;   0x03ae: jmp qword ptr [r11+10h]
;;   0x03b2: mov r11, [r14]
;;   0x03b5: mov eax, 8
;;   0x03ba: mov rsp, [r11+8]
;;   0x03be: jmp qword ptr [r11+10h]
;;   0x03c2: mov r11, [r14]
;;   0x03c5: mov eax, 9
;;   0x03ca: mov rsp, [r11+8]
;;   0x03ce: jmp qword ptr [r11+10h]
