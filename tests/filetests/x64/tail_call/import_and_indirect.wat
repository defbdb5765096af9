;;! target = "x86_64"

;; Tail calls that may leave the instance: to an import (code and vmctx
;; from the import's entry, the caller's vmctx in rsi) and through a table
;; (checked like call_indirect, then the funcref's code and vmctx). In such
;; a module a direct call reloads the vmctx and the heap base after it.
(module
  (import "env" "f" (func $f (param i32) (result i32)))
  (type $t (func (param i32) (result i32)))
  (table 1 funcref)
  (memory 1)
  (func $to_import (param i32) (result i32)
    (return_call $f (local.get 0)))
  (func $through_table (param i32 i32) (result i32)
    (return_call_indirect (type $t) (local.get 0) (local.get 1)))
  (func $direct (param i32) (result i32)
    (i32.add (call $to_import (local.get 0)) (i32.load (i32.const 0)))))
;; function 1 (to_import):
;;   0x0000: push rbp
;;   0x0001: mov rbp, rsp
;;   0x0004: mov r11, [r14]
;;   0x0007: mov r11, [r11]
;;   0x000a: add r11, 38h
;;   0x0011: cmp rsp, r11
;;   0x0014: jb 57h
;;   0x001a: sub rsp, 30h
;;   0x0021: mov [rbp-8], r14
;;   0x0025: mov [rbp-10h], rbx
;;   0x0029: mov ebx, [rbp+10h]
;;   0x002c: mov r15, [r14+18h]
;;   0x0030: mov r15, [r15]
;;   0x0033: sub rsp, 8
;;   0x0037: mov [rsp], ebx
;;   0x003a: mov rbx, [rbp-10h]
;;   0x003e: mov rsi, r14
;;   0x0041: mov rax, [r14+28h]
;;   0x0045: mov r14, [r14+30h]
;;   0x0049: mov r11, [rsp]
;;   0x004d: mov [rbp+10h], r11
;;   0x0051: mov rsp, rbp
;;   0x0054: pop rbp
;;   0x0055: jmp rax
;;   0x0057: ud2
;; function 2 (through_table):
;;   0x0060: push rbp
;;   0x0061: mov rbp, rsp
;;   0x0064: mov r11, [r14]
;;   0x0067: mov r11, [r11]
;;   0x006a: add r11, 38h
;;   0x0071: cmp rsp, r11
;;   0x0074: jb 10Dh
;;   0x007a: sub rsp, 30h
;;   0x0081: mov [rbp-8], r14
;;   0x0085: mov [rbp-10h], rbx
;;   0x0089: mov [rbp-18h], r12
;;   0x008d: mov ebx, [rbp+10h]
;;   0x0090: mov r12d, [rbp+18h]
;;   0x0094: mov r15, [r14+18h]
;;   0x0098: mov r15, [r15]
;;   0x009b: mov eax, r12d
;;   0x009e: mov r11, [r14+20h]
;;   0x00a2: cmp rax, [r11+8]
;;   0x00a6: jae 10Fh
;;   0x00ac: mov r11, [r11]
;;   0x00af: lea rax, [r11+rax*8]
;;   0x00b3: mov r11d, 0
;;   0x00b9: cmovae rax, r11
;;   0x00bd: mov rax, [rax]
;;   0x00c0: test rax, rax
;;   0x00c3: je 111h
;;   0x00c9: mov r11d, [r14+38h]
;;   0x00cd: cmp r11d, [rax+10h]
;;   0x00d1: jne 113h
;;   0x00d7: sub rsp, 8
;;   0x00db: mov [rsp], ebx
;;   0x00de: mov rbx, [rbp-10h]
;;   0x00e2: mov r12, [rbp-18h]
;;   0x00e6: mov rsi, r14
;;   0x00e9: mov r14, [rax+8]
;;   0x00ed: mov rax, [rax]
;;   0x00f0: lea rcx, [rbp+18h]
;;   0x00f4: mov rdx, [rbp+8]
;;   0x00f8: mov rbp, [rbp]
;;   0x00fc: mov r11, [rsp]
;;   0x0100: mov [rcx], r11
;;   0x0103: lea rsp, [rcx-8]
;;   0x0107: mov [rsp], rdx
;;   0x010b: jmp rax
;;   0x010d: ud2
;;   0x010f: ud2
;;   0x0111: ud2
;;   0x0113: ud2
;; function 3 (direct):
;;   0x0120: push rbp
;;   0x0121: mov rbp, rsp
;;   0x0124: mov r11, [r14]
;;   0x0127: mov r11, [r11]
;;   0x012a: add r11, 38h
;;   0x0131: cmp rsp, r11
;;   0x0134: jb 19Bh
;;   0x013a: sub rsp, 30h
;;   0x0141: mov [rbp-8], r14
;;   0x0145: mov [rbp-10h], rbx
;;   0x0149: mov ebx, [rbp+10h]
;;   0x014c: mov r15, [r14+18h]
;;   0x0150: mov r15, [r15]
;;   0x0153: sub rsp, 8
;;   0x0157: mov [rsp], ebx
;;   0x015a: call 0
;;   0x015f: mov r14, [rbp-8]
;;   0x0163: mov r15, [r14+18h]
;;   0x0167: mov r15, [r15]
;;   0x016a: mov r11, [r14+18h]
;;   0x016e: mov ecx, 4
;;   0x0173: cmp rcx, [r11+8]
;;   0x0177: ja 19Dh
;;   0x017d: lea rcx, [r15+rcx-4]
;;   0x0182: mov r11d, 0
;;   0x0188: cmova rcx, r11
;;   0x018c: mov ecx, [rcx]
;;   0x018e: add eax, ecx
;;   0x0190: mov rbx, [rbp-10h]
;;   0x0194: mov rsp, rbp
;;   0x0197: pop rbp
;;   0x0198: ret 8
;;   0x019b: ud2
;;   0x019d: ud2
