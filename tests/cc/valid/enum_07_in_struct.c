int printf(const char *, ...);

enum state { IDLE, RUNNING, DONE };

struct job {
  const char *name;
  enum state st;
  int progress;
};

static const char *state_name(enum state s) {
  static const char *names[] = {"idle", "running", "done"};
  return names[s];
}

void tick(struct job *j) {
  switch (j->st) {
  case IDLE:
    j->st = RUNNING;
    break;
  case RUNNING:
    j->progress += 40;
    if (j->progress >= 100) {
      j->progress = 100;
      j->st = DONE;
    }
    break;
  case DONE:
    break;
  }
}

int main(void) {
  struct job jobs[2] = {{"build", IDLE, 0}, {"test", RUNNING, 50}};
  for (int t = 0; t < 4; t++) {
    for (int i = 0; i < 2; i++) {
      tick(&jobs[i]);
      printf("%s:%s:%d ", jobs[i].name, state_name(jobs[i].st), jobs[i].progress);
    }
    printf("\n");
  }
  return 0;
}
