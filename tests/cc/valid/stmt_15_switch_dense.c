int printf(const char *, ...);

const char *month(int m) {
  switch (m) {
  case 1: return "Jan";
  case 2: return "Feb";
  case 3: return "Mar";
  case 4: return "Apr";
  case 5: return "May";
  case 6: return "Jun";
  case 7: return "Jul";
  case 8: return "Aug";
  case 9: return "Sep";
  case 10: return "Oct";
  case 11: return "Nov";
  case 12: return "Dec";
  }
  return "???";
}

int days(int m) {
  switch (m) {
  case 2: return 28;
  case 4: case 6: case 9: case 11: return 30;
  default: return 31;
  }
}

int main(void) {
  for (int m = 0; m <= 13; m++)
    printf("%d %s %d\n", m, month(m), days(m));
  return 0;
}
