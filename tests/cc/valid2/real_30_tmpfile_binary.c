#include <stdio.h>

struct rec {
  int id;
  double value;
};

int main(void) {
  FILE *f = tmpfile();
  if (!f)
    return 1;
  struct rec out[5];
  for (int i = 0; i < 5; i++)
    out[i] = (struct rec){i, 1.0 / (i + 1)};
  size_t w = fwrite(out, sizeof out[0], 5, f);
  printf("wrote %zu records, at %ld\n", w, ftell(f));
  fseek(f, 2 * (long)sizeof(struct rec), SEEK_SET);
  struct rec r;
  fread(&r, sizeof r, 1, f);
  printf("record %d %.17g\n", r.id, r.value);
  fseek(f, -(long)sizeof(struct rec), SEEK_END);
  fread(&r, sizeof r, 1, f);
  printf("last %d %.17g\n", r.id, r.value);
  size_t n = fread(&r, sizeof r, 1, f);
  printf("past end %zu eof %d\n", n, feof(f) != 0);
  rewind(f);
  struct rec in[5];
  n = fread(in, sizeof in[0], 5, f);
  double sum = 0;
  for (size_t i = 0; i < n; i++)
    sum += in[i].value;
  printf("read %zu sum %.17g\n", n, sum);
  fputc('x', f);
  printf("error %d\n", ferror(f));
  fclose(f);
  return 0;
}
