/* Digraphs (C17 6.4.6p3) are tokens of their own: they work as the punctuators they
   stand for, even in directives, and # keeps their spelling. */
%:define STR(x) %:x
%:define CAT(a, b) a %:%: b
%:define LIST <: 1, 2 :>
int a<:3:> = <% 1, 2, 3 %>;
STR(<:) STR(%:%:) STR(<% %>) CAT(x, y) LIST
%:if 1
digraph_if
%:endif
  %: /* the null directive, indented */
%:ifdef STR
  %:  undef STR
%:endif
%:ifndef STR
undefined
%:endif
<::> <: :> %:%: %: %>%>
