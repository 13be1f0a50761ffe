// libxcrypt (Debian's libcrypt1, headers in libcrypt-dev): yescrypt, the KDF Debian uses for
// login passwords, hashes learners' PINs.
#include <crypt.h>
