#include "ftest.h"

int main(void) {
  double data[8] = {2, 4, 4, 4, 5, 5, 7, 9};
  double sum = 0, sq = 0;
  for (int i = 0; i < 8; i++)
    sum += data[i];
  double mean = sum / 8;
  for (int i = 0; i < 8; i++)
    sq += (data[i] - mean) * (data[i] - mean);
  double var = sq / 8;
  ASSERT_D(5.0, mean);
  ASSERT_D(4.0, var);
  double sample_var = sq / 7;
  PD(sample_var);
  float fdata[5] = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f};
  float fsum = 0;
  for (int i = 0; i < 5; i++)
    fsum += fdata[i];
  PD(fsum);
  PD(fsum / 5);
  double dsum = 0;
  for (int i = 0; i < 5; i++)
    dsum += fdata[i];
  PD(dsum);
  return 0;
}
