#include "fc-cli.h"

#include <locale.h>

int
main(int argc, char **argv)
{
    setlocale(LC_ALL, "");
    return fc_cli_run(argc, argv);
}
