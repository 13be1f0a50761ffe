// One HTTP request through libcurl, loaded with dlopen the first time one is made.
//
// Linking libcurl (as URLSession on Linux does) makes every start of belajar load it and
// about 30 libraries behind it (TLS, Kerberos, LDAP, ...), although only a push talks HTTP.
// Loading it at run time keeps start-up free of them, and keeps libcurl's headers out of the
// build: a machine without libcurl still runs belajar and carries bundles on a USB stick.
//
// The library loaded is libcurl.so.4, else Debian's libcurl-gnutls.so.4 (same ABI, often present
// where libcurl4 is not); the environment variable BELAJAR_LIBCURL names another file to load
// instead, and only that one (the tests point it at a missing file to see what a learner sees).
#ifndef CCURL_H
#define CCURL_H

#include <stddef.h>

typedef enum {
    CCURL_DONE = 0,        // an HTTP answer arrived: see status and body
    CCURL_NO_LIBRARY = 1,  // libcurl could not be loaded: see error
    CCURL_FAILED = 2,      // libcurl ran but no answer arrived (connection, timeout): see error
} ccurl_outcome;

typedef struct {
    long status;
    unsigned char *body;   // malloc'd (or NULL when empty); the caller frees it
    size_t body_length;
    char error[256];       // a sentence from dlerror or libcurl when the outcome is not CCURL_DONE
} ccurl_response;

// `headers` are whole lines ("Name: value"). A non-NULL `body` of `body_length` bytes is sent
// as the request body. The request gives up after `idle_timeout_seconds` without progress.
// Safe to call from any thread; blocks until done.
ccurl_outcome ccurl_request(const char *method, const char *url,
                            const char *const *headers, size_t header_count,
                            const void *body, size_t body_length,
                            long idle_timeout_seconds, ccurl_response *response);

#endif
