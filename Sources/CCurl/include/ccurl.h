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
    CCURL_FAILED = 2,      // libcurl ran but no answer arrived (connection refused, reset): see error
    CCURL_TIMED_OUT = 3,   // a limit of time or rate in ccurl_limits was reached
    CCURL_TOO_LARGE = 4,   // the answer grew past answer_limit; nothing of it is kept
    CCURL_CANCELLED = 5,   // the cancel flag was raised
} ccurl_outcome;

// A flag another thread, or a signal handler, raises to abandon requests that check it.
typedef struct ccurl_flag ccurl_flag;
ccurl_flag *ccurl_flag_create(void);
void ccurl_flag_destroy(ccurl_flag *flag);
void ccurl_flag_raise(ccurl_flag *flag);
int ccurl_flag_is_raised(const ccurl_flag *flag);
// SIGINT and SIGTERM raise `flag` (a second one ends the process with status 130).
void ccurl_flag_raise_on_interrupt(ccurl_flag *flag);

typedef struct {
    long connect_seconds;  // to open the connection
    long stall_seconds;    // at less than minimum_rate bytes a second, waiting included
    long minimum_rate;
    long total_seconds;    // the whole request
    size_t answer_limit;   // bytes of body kept; more fails the request
    const ccurl_flag *cancel; // may be NULL
} ccurl_limits;

typedef struct {
    long status;
    unsigned char *body;   // malloc'd (or NULL when empty); the caller frees it
    size_t body_length;
    char error[256];       // a sentence from dlerror or libcurl when the outcome is not CCURL_DONE
} ccurl_response;

// `headers` are whole lines ("Name: value"). A non-NULL `body` of `body_length` bytes is sent
// as the request body. The request gives up as `limits` says.
// Safe to call from any thread; blocks until done.
ccurl_outcome ccurl_request(const char *method, const char *url,
                            const char *const *headers, size_t header_count,
                            const void *body, size_t body_length,
                            const ccurl_limits *limits, ccurl_response *response);

#endif
