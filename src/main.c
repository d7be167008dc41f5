#include "fc-cli.h"

#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

int
main(int argc, char **argv)
{
#ifdef __GLIBC__
    /* Compiling the rules allocates and frees many large blocks; with
     * glibc's defaults each one is an mmap/munmap or a heap trim, and
     * those system calls were most of a small run's time. */
    mallopt(M_MMAP_THRESHOLD, 64 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 16 << 20);
#endif
    setlocale(LC_ALL, "");
    return fc_cli_run(argc, argv);
}
