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
;;   0x0084: jb 107h
;;   0x008a: sub rsp, 30h
;;   0x0091: mov [rbp-8], r14
;;   0x0095: mov [rbp-10h], rbx
;;   0x0099: mov [rbp-18h], r12
;;   0x009d: mov ebx, [rbp+10h]
;;   0x00a0: mov r12d, [rbp+18h]
;;   0x00a4: mov eax, r12d
;;   0x00a7: mov r11, [r14+20h]
;;   0x00ab: cmp rax, [r11+8]
;;   0x00af: jae 109h
;;   0x00b5: mov r11, [r11]
;;   0x00b8: lea rax, [r11+rax*8]
;;   0x00bc: mov r11d, 0
;;   0x00c2: cmovae rax, r11
;;   0x00c6: mov rax, [rax]
;;   0x00c9: test rax, rax
;;   0x00cc: je 10Bh
;;   0x00d2: mov r11d, [r14+30h]
;;   0x00d6: cmp r11d, [rax+10h]
;;   0x00da: jne 10Dh
;;   0x00e0: sub rsp, 8
;;   0x00e4: mov [rsp], ebx
;;   0x00e7: mov r11, rax
;;   0x00ea: mov rsi, r14
;;   0x00ed: mov r14, [r11+8]
;;   0x00f1: call qword ptr [r11]
;;   0x00f4: mov r14, [rbp-8]
;;   0x00f8: mov rbx, [rbp-10h]
;;   0x00fc: mov r12, [rbp-18h]
;;   0x0100: mov rsp, rbp
;;   0x0103: pop rbp
;;   0x0104: ret 10h
;;   0x0107: ud2
;;   0x0109: ud2
;;   0x010b: ud2
;;   0x010d: ud2
;; function 3 (via_t2):
;;   0x0110: push rbp
;;   0x0111: mov rbp, rsp
;;   0x0114: mov r11, [r14]
;;   0x0117: mov r11, [r11]
;;   0x011a: add r11, 30h
;;   0x0121: cmp rsp, r11
;;   0x0124: jb 193h
;;   0x012a: sub rsp, 30h
;;   0x0131: mov [rbp-8], r14
;;   0x0135: mov [rbp-10h], rbx
;;   0x0139: mov ebx, [rbp+10h]
;;   0x013c: mov eax, ebx
;;   0x013e: mov r11, [r14+28h]
;;   0x0142: cmp rax, [r11+8]
;;   0x0146: jae 195h
;;   0x014c: mov r11, [r11]
;;   0x014f: lea rax, [r11+rax*8]
;;   0x0153: mov r11d, 0
;;   0x0159: cmovae rax, r11
;;   0x015d: mov rax, [rax]
;;   0x0160: test rax, rax
;;   0x0163: je 197h
;;   0x0169: mov r11d, [r14+34h]
;;   0x016d: cmp r11d, [rax+10h]
;;   0x0171: jne 199h
;;   0x0177: mov r11, rax
;;   0x017a: mov rsi, r14
;;   0x017d: mov r14, [r11+8]
;;   0x0181: call qword ptr [r11]
;;   0x0184: mov r14, [rbp-8]
;;   0x0188: mov rbx, [rbp-10h]
;;   0x018c: mov rsp, rbp
;;   0x018f: pop rbp
;;   0x0190: ret 8
;;   0x0193: ud2
;;   0x0195: ud2
;;   0x0197: ud2
;;   0x0199: ud2
;; function 4 (floats_t0):
;;   0x01a0: push rbp
;;   0x01a1: mov rbp, rsp
;;   0x01a4: mov r11, [r14]
;;   0x01a7: mov r11, [r11]
;;   0x01aa: add r11, 50h
;;   0x01b1: cmp rsp, r11
;;   0x01b4: jb 238h
;;   0x01ba: sub rsp, 40h
;;   0x01c1: mov [rbp-8], r14
;;   0x01c5: mov [rbp-10h], rbx
;;   0x01c9: mov ebx, [rbp+18h]
;;   0x01cc: mov eax, ebx
;;   0x01ce: mov r11, [r14+18h]
;;   0x01d2: cmp rax, [r11+8]
;;   0x01d6: jae 23Ah
;;   0x01dc: mov r11, [r11]
;;   0x01df: lea rax, [r11+rax*8]
;;   0x01e3: mov r11d, 0
;;   0x01e9: cmovae rax, r11
;;   0x01ed: mov rax, [rax]
;;   0x01f0: test rax, rax
;;   0x01f3: je 23Ch
;;   0x01f9: mov r11d, [r14+38h]
;;   0x01fd: cmp r11d, [rax+10h]
;;   0x0201: jne 23Eh
;;   0x0207: sub rsp, 10h
;;   0x020b: mov r11, [rbp+10h]
;;   0x020f: mov [rsp], r11
;;   0x0213: mov qword ptr [rsp+8], 3
;;   0x021c: mov r11, rax
;;   0x021f: mov rsi, r14
;;   0x0222: mov r14, [r11+8]
;;   0x0226: call qword ptr [r11]
;;   0x0229: mov r14, [rbp-8]
;;   0x022d: mov rbx, [rbp-10h]
;;   0x0231: mov rsp, rbp
;;   0x0234: pop rbp
;;   0x0235: ret 10h
;;   0x0238: ud2
;;   0x023a: ud2
;;   0x023c: ud2
;;   0x023e: ud2
;; function 5 (both):
;;   0x0240: push rbp
;;   0x0241: mov rbp, rsp
;;   0x0244: mov r11, [r14]
;;   0x0247: mov r11, [r11]
;;   0x024a: add r11, 48h
;;   0x0251: cmp rsp, r11
;;   0x0254: jb 32Fh
;;   0x025a: sub rsp, 40h
;;   0x0261: mov [rbp-8], r14
;;   0x0265: mov [rbp-10h], rbx
;;   0x0269: mov ebx, [rbp+10h]
;;   0x026c: mov eax, ebx
;;   0x026e: mov r11, [r14+18h]
;;   0x0272: cmp rax, [r11+8]
;;   0x0276: jae 331h
;;   0x027c: mov r11, [r11]
;;   0x027f: lea rax, [r11+rax*8]
;;   0x0283: mov r11d, 0
;;   0x0289: cmovae rax, r11
;;   0x028d: mov rax, [rax]
;;   0x0290: test rax, rax
;;   0x0293: je 333h
;;   0x0299: mov r11d, [r14+30h]
;;   0x029d: cmp r11d, [rax+10h]
;;   0x02a1: jne 335h
;;   0x02a7: sub rsp, 8
;;   0x02ab: mov dword ptr [rsp], 5
;;   0x02b2: mov r11, rax
;;   0x02b5: mov rsi, r14
;;   0x02b8: mov r14, [r11+8]
;;   0x02bc: call qword ptr [r11]
;;   0x02bf: mov r14, [rbp-8]
;;   0x02c3: mov ecx, ebx
;;   0x02c5: mov r11, [r14+20h]
;;   0x02c9: cmp rcx, [r11+8]
;;   0x02cd: jae 331h
;;   0x02d3: mov r11, [r11]
;;   0x02d6: lea rcx, [r11+rcx*8]
;;   0x02da: mov r11d, 0
;;   0x02e0: cmovae rcx, r11
;;   0x02e4: mov rcx, [rcx]
;;   0x02e7: test rcx, rcx
;;   0x02ea: je 333h
;;   0x02f0: mov r11d, [r14+30h]
;;   0x02f4: cmp r11d, [rcx+10h]
;;   0x02f8: jne 335h
;;   0x02fe: sub rsp, 8
;;   0x0302: mov dword ptr [rsp], 6
;;   0x0309: mov [rbp-28h], eax
;;   0x030c: mov r11, rcx
;;   0x030f: mov rsi, r14
;;   0x0312: mov r14, [r11+8]
;;   0x0316: call qword ptr [r11]
;;   0x0319: mov r14, [rbp-8]
;;   0x031d: mov ecx, [rbp-28h]
;;   0x0320: add ecx, eax
;;   0x0322: mov eax, ecx
;;   0x0324: mov rbx, [rbp-10h]
;;   0x0328: mov rsp, rbp
;;   0x032b: pop rbp
;;   0x032c: ret 8
;;   0x032f: ud2
;;   0x0331: ud2
;;   0x0333: ud2
;;   0x0335: ud2
