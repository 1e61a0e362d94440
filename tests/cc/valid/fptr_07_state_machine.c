int printf(const char *, ...);

struct machine;
typedef void (*state_fn)(struct machine *, char);

struct machine {
  state_fn state;
  int words;
  int longest, cur;
};

void in_space(struct machine *m, char c);

void in_word(struct machine *m, char c) {
  if (c == ' ') {
    if (m->cur > m->longest)
      m->longest = m->cur;
    m->state = in_space;
  } else {
    m->cur++;
  }
}

void in_space(struct machine *m, char c) {
  if (c != ' ') {
    m->words++;
    m->cur = 1;
    m->state = in_word;
  }
}

int main(void) {
  struct machine m = {in_space, 0, 0, 0};
  const char *text = "  the  quick brown   foxes jumped ";
  for (const char *p = text; *p; p++)
    m.state(&m, *p);
  printf("%d words, longest %d\n", m.words, m.longest);
  return 0;
}
