/* Every kind of token passes through unchanged; pp-numbers are wider than numbers. */
0 123 0x1F 0XabcDEF 0b101 017 1u 2U 3l 4L 5ul 6LU 7ll 8ULL 9llu
1.0 .5 5. 1e10 1E-10 1e+10 0x1p3 0x1.8P-2 1.5f 2.5F 3.5l 4.5L 1.0f32 2.0f64 3.0f128
1.2.3 0x1e+1 1e+e+ 12_34 1.. 08 0xg 1_000 .1.2 1p+ 0.e 99999999999999999999999
'a' '\n' '\'' '\\' '\0' '\x41' '\101' '\u00e9' L'x' u'y' U'z' 'ab' '\e'
"" "a" "a\"b" "\\" L"wide" u"utf16" U"utf32" u8"utf8" "\u00e9\U0001F600" "tab\tnew\n"
ident _under $dollar a1 __x__ caf\u00e9 naïve
+ - * / % ++ -- << >> < > <= >= == != & | ^ ~ ! && || ? : ; , . -> ...
= += -= *= /= %= <<= >>= &= ^= |= ( ) [ ] { }
@ ` \ 
