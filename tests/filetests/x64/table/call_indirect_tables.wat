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
;;   0x002f: ud2
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
;;   0x006a: ud2
;; function 2 (via_t1):
;;   0x0070: push rbp
;;   0x0071: mov rbp, rsp
;;   0x0074: mov r11, [r14]
;;   0x0077: mov r11, [r11]
;;   0x007a: add r11, 28h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0EBh
;;   0x008a: sub rsp, 20h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov eax, [rbp+18h]
;;   0x0098: mov r11, [r14+20h]
;;   0x009c: cmp rax, [r11+8]
;;   0x00a0: jae 0EDh
;;   0x00a6: shl rax, 3
;;   0x00aa: add rax, [r11]
;;   0x00ad: mov rax, [rax]
;;   0x00b0: test rax, rax
;;   0x00b3: je 0EFh
;;   0x00b9: mov r11d, [r14+30h]
;;   0x00bd: cmp r11d, [rax+10h]
;;   0x00c1: jne 0F1h
;;   0x00c7: sub rsp, 8
;;   0x00cb: mov r11d, [rbp+10h]
;;   0x00cf: mov [rsp], r11d
;;   0x00d3: mov r11, rax
;;   0x00d6: mov rsi, r14
;;   0x00d9: mov r14, [r11+8]
;;   0x00dd: call qword ptr [r11]
;;   0x00e0: mov r14, [rbp-8]
;;   0x00e4: mov rsp, rbp
;;   0x00e7: pop rbp
;;   0x00e8: ret 10h
;;   0x00eb: ud2
;;   0x00ed: ud2
;;   0x00ef: ud2
;;   0x00f1: ud2
;; function 3 (via_t2):
;;   0x0100: push rbp
;;   0x0101: mov rbp, rsp
;;   0x0104: mov r11, [r14]
;;   0x0107: mov r11, [r11]
;;   0x010a: add r11, 10h
;;   0x0111: cmp rsp, r11
;;   0x0114: jb 16Fh
;;   0x011a: sub rsp, 10h
;;   0x0121: mov [rbp-8], r14
;;   0x0125: mov eax, [rbp+10h]
;;   0x0128: mov r11, [r14+28h]
;;   0x012c: cmp rax, [r11+8]
;;   0x0130: jae 171h
;;   0x0136: shl rax, 3
;;   0x013a: add rax, [r11]
;;   0x013d: mov rax, [rax]
;;   0x0140: test rax, rax
;;   0x0143: je 173h
;;   0x0149: mov r11d, [r14+34h]
;;   0x014d: cmp r11d, [rax+10h]
;;   0x0151: jne 175h
;;   0x0157: mov r11, rax
;;   0x015a: mov rsi, r14
;;   0x015d: mov r14, [r11+8]
;;   0x0161: call qword ptr [r11]
;;   0x0164: mov r14, [rbp-8]
;;   0x0168: mov rsp, rbp
;;   0x016b: pop rbp
;;   0x016c: ret 8
;;   0x016f: ud2
;;   0x0171: ud2
;;   0x0173: ud2
;;   0x0175: ud2
;; function 4 (floats_t0):
;;   0x0180: push rbp
;;   0x0181: mov rbp, rsp
;;   0x0184: mov r11, [r14]
;;   0x0187: mov r11, [r11]
;;   0x018a: add r11, 30h
;;   0x0191: cmp rsp, r11
;;   0x0194: jb 204h
;;   0x019a: sub rsp, 20h
;;   0x01a1: mov [rbp-8], r14
;;   0x01a5: mov eax, [rbp+18h]
;;   0x01a8: mov r11, [r14+18h]
;;   0x01ac: cmp rax, [r11+8]
;;   0x01b0: jae 206h
;;   0x01b6: shl rax, 3
;;   0x01ba: add rax, [r11]
;;   0x01bd: mov rax, [rax]
;;   0x01c0: test rax, rax
;;   0x01c3: je 208h
;;   0x01c9: mov r11d, [r14+38h]
;;   0x01cd: cmp r11d, [rax+10h]
;;   0x01d1: jne 20Ah
;;   0x01d7: sub rsp, 10h
;;   0x01db: mov r11, [rbp+10h]
;;   0x01df: mov [rsp], r11
;;   0x01e3: mov qword ptr [rsp+8], 3
;;   0x01ec: mov r11, rax
;;   0x01ef: mov rsi, r14
;;   0x01f2: mov r14, [r11+8]
;;   0x01f6: call qword ptr [r11]
;;   0x01f9: mov r14, [rbp-8]
;;   0x01fd: mov rsp, rbp
;;   0x0200: pop rbp
;;   0x0201: ret 10h
;;   0x0204: ud2
;;   0x0206: ud2
;;   0x0208: ud2
;;   0x020a: ud2
;; function 5 (both):
;;   0x0210: push rbp
;;   0x0211: mov rbp, rsp
;;   0x0214: mov r11, [r14]
;;   0x0217: mov r11, [r11]
;;   0x021a: add r11, 28h
;;   0x0221: cmp rsp, r11
;;   0x0224: jb 2E2h
;;   0x022a: sub rsp, 20h
;;   0x0231: mov [rbp-8], r14
;;   0x0235: mov eax, [rbp+10h]
;;   0x0238: mov r11, [r14+18h]
;;   0x023c: cmp rax, [r11+8]
;;   0x0240: jae 2E4h
;;   0x0246: shl rax, 3
;;   0x024a: add rax, [r11]
;;   0x024d: mov rax, [rax]
;;   0x0250: test rax, rax
;;   0x0253: je 2E6h
;;   0x0259: mov r11d, [r14+30h]
;;   0x025d: cmp r11d, [rax+10h]
;;   0x0261: jne 2E8h
;;   0x0267: sub rsp, 8
;;   0x026b: mov dword ptr [rsp], 5
;;   0x0272: mov r11, rax
;;   0x0275: mov rsi, r14
;;   0x0278: mov r14, [r11+8]
;;   0x027c: call qword ptr [r11]
;;   0x027f: mov r14, [rbp-8]
;;   0x0283: mov ecx, [rbp+10h]
;;   0x0286: mov r11, [r14+20h]
;;   0x028a: cmp rcx, [r11+8]
;;   0x028e: jae 2E4h
;;   0x0294: shl rcx, 3
;;   0x0298: add rcx, [r11]
;;   0x029b: mov rcx, [rcx]
;;   0x029e: test rcx, rcx
;;   0x02a1: je 2E6h
;;   0x02a7: mov r11d, [r14+30h]
;;   0x02ab: cmp r11d, [rcx+10h]
;;   0x02af: jne 2E8h
;;   0x02b5: sub rsp, 8
;;   0x02b9: mov dword ptr [rsp], 6
;;   0x02c0: mov [rbp-10h], eax
;;   0x02c3: mov r11, rcx
;;   0x02c6: mov rsi, r14
;;   0x02c9: mov r14, [r11+8]
;;   0x02cd: call qword ptr [r11]
;;   0x02d0: mov r14, [rbp-8]
;;   0x02d4: mov ecx, [rbp-10h]
;;   0x02d7: add ecx, eax
;;   0x02d9: mov eax, ecx
;;   0x02db: mov rsp, rbp
;;   0x02de: pop rbp
;;   0x02df: ret 8
;;   0x02e2: ud2
;;   0x02e4: ud2
;;   0x02e6: ud2
;;   0x02e8: ud2
