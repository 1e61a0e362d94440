// error: 2:12: unknown type name 'text'
int length(text t) { return 0; }
int main(void) { return 0; }
