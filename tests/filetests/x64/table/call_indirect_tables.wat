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
;; function 0 (a):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 30h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 39h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov eax, ebx
;;   0x002e: mov rbx, [rbp-10h]
;;   0x0032: mov rsp, rbp
;;   0x0035: pop rbp
;;   0x0036: ret 8
;;   0x0039: ud2
;; function 1 (b):
;;   0x0040: push rbp
;;   0x0041: mov rbp, rsp
;;   0x0044: mov r11, [r14]
;;   0x0047: mov r11, [r11]
;;   0x004a: add r11, 20h
;;   0x0051: cmp rsp, r11
;;   0x0054: jb 6Ah
;;   0x005a: sub rsp, 20h
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
;;   0x007a: add r11, 38h
;;   0x0081: cmp rsp, r11
;;   0x0084: jb 0FDh
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov ebx, [rbp+10h]
;;   0x00a0: mov r12d, [rbp+18h]
;;   0x00a4: mov eax, r12d
;;   0x00a7: mov r11, [r14+20h]
;;   0x00ab: cmp rax, [r11+8]
;;   0x00af: jae 0FFh
;;   0x00b5: shl rax, 3
;;   0x00b9: add rax, [r11]
;;   0x00bc: mov rax, [rax]
;;   0x00bf: test rax, rax
;;   0x00c2: je 101h
;;   0x00c8: mov r11d, [r14+30h]
;;   0x00cc: cmp r11d, [rax+10h]
;;   0x00d0: jne 103h
;;   0x00d6: sub rsp, 8
;;   0x00da: mov [rsp], ebx
;;   0x00dd: mov r11, rax
;;   0x00e0: mov rsi, r14
;;   0x00e3: mov r14, [r11+8]
;;   0x00e7: call qword ptr [r11]
;;   0x00ea: mov r14, [rbp-8]
;;   0x00ee: mov rbx, [rbp-10h]
;;   0x00f2: mov r12, [rbp-18h]
;;   0x00f6: mov rsp, rbp
;;   0x00f9: pop rbp
;;   0x00fa: ret 10h
;;   0x00fd: ud2
;;   0x00ff: ud2
;;   0x0101: ud2
;;   0x0103: ud2
;; function 3 (via_t2):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 189h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov [rbp-10h], rbx
;;   0x0139: mov ebx, [rbp+10h]
;;   0x013c: mov eax, ebx
;;   0x013e: mov r11, [r14+28h]
;;   0x0142: cmp rax, [r11+8]
;;   0x0146: jae 18Bh
;;   0x014c: shl rax, 3
;;   0x0150: add rax, [r11]
;;   0x0153: mov rax, [rax]
;;   0x0156: test rax, rax
;;   0x0159: je 18Dh
;;   0x015f: mov r11d, [r14+34h]
;;   0x0163: cmp r11d, [rax+10h]
;;   0x0167: jne 18Fh
;;   0x016d: mov r11, rax
;;   0x0170: mov rsi, r14
;;   0x0173: mov r14, [r11+8]
;;   0x0177: call qword ptr [r11]
;;   0x017a: mov r14, [rbp-8]
;;   0x017e: mov rbx, [rbp-10h]
;;   0x0182: mov rsp, rbp
;;   0x0185: pop rbp
;;   0x0186: ret 8
;;   0x0189: ud2
;;   0x018b: ud2
;;   0x018d: ud2
;;   0x018f: ud2
;; function 4 (floats_t0):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 50h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 22Eh
;;   0x01ba: sub rsp, 40h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov ebx, [rbp+18h]
;;   0x01cc: mov eax, ebx
;;   0x01ce: mov r11, [r14+18h]
;;   0x01d2: cmp rax, [r11+8]
;;   0x01d6: jae 230h
;;   0x01dc: shl rax, 3
;;   0x01e0: add rax, [r11]
;;   0x01e3: mov rax, [rax]
;;   0x01e6: test rax, rax
;;   0x01e9: je 232h
;;   0x01ef: mov r11d, [r14+38h]
;;   0x01f3: cmp r11d, [rax+10h]
;;   0x01f7: jne 234h
;;   0x01fd: sub rsp, 10h
;;   0x0201: mov r11, [rbp+10h]
;;   0x0205: mov [rsp], r11
;;   0x0209: mov qword ptr [rsp+8], 3
;;   0x0212: mov r11, rax
;;   0x0215: mov rsi, r14
;;   0x0218: mov r14, [r11+8]
;;   0x021c: call qword ptr [r11]
;;   0x021f: mov r14, [rbp-8]
;;   0x0223: mov rbx, [rbp-10h]
;;   0x0227: mov rsp, rbp
;;   0x022a: pop rbp
;;   0x022b: ret 10h
;;   0x022e: ud2
;;   0x0230: ud2
;;   0x0232: ud2
;;   0x0234: ud2
;; function 5 (both):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 48h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 31Bh
;;   0x025a: sub rsp, 40h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov [rbp-10h], rbx
;;   0x0269: mov ebx, [rbp+10h]
;;   0x026c: mov eax, ebx
;;   0x026e: mov r11, [r14+18h]
;;   0x0272: cmp rax, [r11+8]
;;   0x0276: jae 31Dh
;;   0x027c: shl rax, 3
;;   0x0280: add rax, [r11]
;;   0x0283: mov rax, [rax]
;;   0x0286: test rax, rax
;;   0x0289: je 31Fh
;;   0x028f: mov r11d, [r14+30h]
;;   0x0293: cmp r11d, [rax+10h]
;;   0x0297: jne 321h
;;   0x029d: sub rsp, 8
;;   0x02a1: mov dword ptr [rsp], 5
;;   0x02a8: mov r11, rax
;;   0x02ab: mov rsi, r14
;;   0x02ae: mov r14, [r11+8]
;;   0x02b2: call qword ptr [r11]
;;   0x02b5: mov r14, [rbp-8]
;;   0x02b9: mov ecx, ebx
;;   0x02bb: mov r11, [r14+20h]
;;   0x02bf: cmp rcx, [r11+8]
;;   0x02c3: jae 31Dh
;;   0x02c9: shl rcx, 3
;;   0x02cd: add rcx, [r11]
;;   0x02d0: mov rcx, [rcx]
;;   0x02d3: test rcx, rcx
;;   0x02d6: je 31Fh
;;   0x02dc: mov r11d, [r14+30h]
;;   0x02e0: cmp r11d, [rcx+10h]
;;   0x02e4: jne 321h
;;   0x02ea: sub rsp, 8
;;   0x02ee: mov dword ptr [rsp], 6
;;   0x02f5: mov [rbp-28h], eax
;;   0x02f8: mov r11, rcx
;;   0x02fb: mov rsi, r14
;;   0x02fe: mov r14, [r11+8]
;;   0x0302: call qword ptr [r11]
;;   0x0305: mov r14, [rbp-8]
;;   0x0309: mov ecx, [rbp-28h]
;;   0x030c: add ecx, eax
;;   0x030e: mov eax, ecx
;;   0x0310: mov rbx, [rbp-10h]
;;   0x0314: mov rsp, rbp
;;   0x0317: pop rbp
;;   0x0318: ret 8
;;   0x031b: ud2
;;   0x031d: ud2
;;   0x031f: ud2
;;   0x0321: ud2
