#include "ccurl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// libcurl's headers are not included (see ccurl.h): these are the documented numeric values
// from curl/curl.h (7.x and 8.x alike; an option's value is its type base plus its number:
// LONG 0, OBJECTPOINT 10000, FUNCTIONPOINT 20000, OFF_T 30000; CURLINFO_LONG is 0x200000).
enum {
    OPT_WRITEDATA = 10001,
    OPT_URL = 10002,
    OPT_ERRORBUFFER = 10010,
    OPT_WRITEFUNCTION = 20011,
    OPT_POSTFIELDS = 10015,
    OPT_LOW_SPEED_LIMIT = 19,
    OPT_LOW_SPEED_TIME = 20,
    OPT_HTTPHEADER = 10023,
    OPT_CUSTOMREQUEST = 10036,
    OPT_HTTPGET = 80,
    OPT_NOSIGNAL = 99,
    OPT_POSTFIELDSIZE_LARGE = 30120,
    OPT_CONNECTTIMEOUT = 78,
    OPT_TIMEOUT = 13,
    OPT_NOPROGRESS = 43,
    OPT_XFERINFODATA = 10057,
    OPT_XFERINFOFUNCTION = 20219,
    E_WRITE_ERROR = 23,
    E_OPERATION_TIMEDOUT = 28,
    E_ABORTED_BY_CALLBACK = 42,
    INFO_RESPONSE_CODE = 0x200000 + 2,
    GLOBAL_ALL = 3,
    CURL_OK = 0,
    ERROR_SIZE = 256, // CURL_ERROR_SIZE
};

typedef struct curl_slist curl_slist;
typedef size_t (*write_callback)(char *, size_t, size_t, void *);
typedef int (*xferinfo_callback)(void *, int64_t, int64_t, int64_t, int64_t);

struct ccurl_flag {
    int raised;
};

static ccurl_flag *interrupt_flag;

ccurl_flag *ccurl_flag_create(void) { return calloc(1, sizeof(ccurl_flag)); }
void ccurl_flag_raise(ccurl_flag *flag) { __atomic_store_n(&flag->raised, 1, __ATOMIC_SEQ_CST); }
int ccurl_flag_is_raised(const ccurl_flag *flag) { return flag && __atomic_load_n(&flag->raised, __ATOMIC_SEQ_CST); }

void ccurl_flag_destroy(ccurl_flag *flag) {
    // An interrupt after this finds no flag and ends the process, never touching freed memory.
    ccurl_flag *expected = flag;
    __atomic_compare_exchange_n(&interrupt_flag, &expected, NULL, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    free(flag);
}

// Only an atomic store: async-signal-safe. A second interrupt ends the process at once, for a
// person who does not want to wait even for the current request to be abandoned.
static void interrupted(int signal_number) {
    (void)signal_number;
    ccurl_flag *flag = __atomic_load_n(&interrupt_flag, __ATOMIC_SEQ_CST);
    if (!flag || ccurl_flag_is_raised(flag)) _exit(130);
    ccurl_flag_raise(flag);
}

void ccurl_flag_raise_on_interrupt(ccurl_flag *flag) {
    __atomic_store_n(&interrupt_flag, flag, __ATOMIC_SEQ_CST);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = interrupted;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    // A process started with these blocked (posix_spawn keeps its parent's mask) would never
    // hear them.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_UNBLOCK, &signals, NULL);
}

static struct {
    int (*global_init)(long);
    void *(*easy_init)(void);
    int (*easy_setopt)(void *, int, ...);
    int (*easy_perform)(void *);
    int (*easy_getinfo)(void *, int, ...);
    void (*easy_cleanup)(void *);
    const char *(*easy_strerror)(int);
    curl_slist *(*slist_append)(curl_slist *, const char *);
    void (*slist_free_all)(curl_slist *);
} curl;

static pthread_once_t load_once = PTHREAD_ONCE_INIT;
static int loaded;
static char load_error[256];

static void *open_library(void) {
    const char *chosen = getenv("BELAJAR_LIBCURL");
    if (chosen && *chosen) return dlopen(chosen, RTLD_NOW | RTLD_LOCAL);
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library) return library;
    // Keep the first failure: it names the library belajar asks for.
    snprintf(load_error, sizeof load_error, "%s", dlerror());
    return dlopen("libcurl-gnutls.so.4", RTLD_NOW | RTLD_LOCAL);
}

static int resolve(void *library, void **slot, const char *name) {
    *slot = dlsym(library, name);
    if (*slot) return 1;
    snprintf(load_error, sizeof load_error, "%s", dlerror());
    return 0;
}

static void load(void) {
    void *library = open_library();
    if (!library) {
        if (!*load_error) snprintf(load_error, sizeof load_error, "%s", dlerror());
        return;
    }
    int found = resolve(library, (void **)&curl.global_init, "curl_global_init")
        && resolve(library, (void **)&curl.easy_init, "curl_easy_init")
        && resolve(library, (void **)&curl.easy_setopt, "curl_easy_setopt")
        && resolve(library, (void **)&curl.easy_perform, "curl_easy_perform")
        && resolve(library, (void **)&curl.easy_getinfo, "curl_easy_getinfo")
        && resolve(library, (void **)&curl.easy_cleanup, "curl_easy_cleanup")
        && resolve(library, (void **)&curl.easy_strerror, "curl_easy_strerror")
        && resolve(library, (void **)&curl.slist_append, "curl_slist_append")
        && resolve(library, (void **)&curl.slist_free_all, "curl_slist_free_all");
    // curl_global_init is not thread-safe: it runs here, once, before any easy handle exists.
    if (found && curl.global_init(GLOBAL_ALL) != CURL_OK) {
        snprintf(load_error, sizeof load_error, "curl_global_init failed");
        found = 0;
    }
    loaded = found;
}

typedef struct {
    unsigned char *bytes;
    size_t length, capacity, limit;
    int exceeded;
} buffer;

static size_t collect(char *data, size_t size, size_t count, void *context) {
    buffer *body = context;
    size_t length = size * count;
    // Past the limit the transfer stops: an answer is never read whole into memory first.
    if (length > body->limit - body->length) {
        body->exceeded = 1;
        return 0;
    }
    if (body->length + length > body->capacity) {
        size_t capacity = body->capacity ? body->capacity : 4096;
        while (capacity < body->length + length) capacity *= 2;
        unsigned char *grown = realloc(body->bytes, capacity);
        if (!grown) return 0; // libcurl then fails the transfer with a write error
        body->bytes = grown;
        body->capacity = capacity;
    }
    memcpy(body->bytes + body->length, data, length);
    body->length += length;
    return length;
}

static void set_method(void *easy, const char *method, const void *body, size_t body_length) {
    if (body) {
        curl.easy_setopt(easy, OPT_POSTFIELDS, body);
        curl.easy_setopt(easy, OPT_POSTFIELDSIZE_LARGE, (int64_t)body_length);
        if (strcmp(method, "POST") != 0) curl.easy_setopt(easy, OPT_CUSTOMREQUEST, method);
    } else {
        curl.easy_setopt(easy, OPT_HTTPGET, 1L);
        if (strcmp(method, "GET") != 0) curl.easy_setopt(easy, OPT_CUSTOMREQUEST, method);
    }
}

static curl_slist *header_list(const char *const *headers, size_t header_count) {
    // "Expect:" stops libcurl waiting for a 100 Continue before sending a larger batch.
    curl_slist *list = curl.slist_append(NULL, "Expect:");
    for (size_t index = 0; list && index < header_count; index++) {
        curl_slist *longer = headers[index] ? curl.slist_append(list, headers[index]) : NULL;
        if (!longer) {
            curl.slist_free_all(list);
            return NULL;
        }
        list = longer;
    }
    return list;
}

static int check_cancelled(void *flag, int64_t dltotal, int64_t dlnow, int64_t ultotal, int64_t ulnow) {
    (void)dltotal; (void)dlnow; (void)ultotal; (void)ulnow;
    return ccurl_flag_is_raised(flag);
}

static void set_limits(void *easy, const ccurl_limits *limits) {
    // Signals are not libcurl's to use in a threaded program; timeouts then work without them.
    curl.easy_setopt(easy, OPT_NOSIGNAL, 1L);
    curl.easy_setopt(easy, OPT_CONNECTTIMEOUT, limits->connect_seconds);
    curl.easy_setopt(easy, OPT_TIMEOUT, limits->total_seconds);
    // Slower than the rate for this long, waiting for the answer included: a server that accepts
    // and says nothing, or drips, is given up on.
    curl.easy_setopt(easy, OPT_LOW_SPEED_LIMIT, limits->minimum_rate);
    curl.easy_setopt(easy, OPT_LOW_SPEED_TIME, limits->stall_seconds);
    // libcurl calls this at least once a second, also while it waits: a cancel takes effect then.
    curl.easy_setopt(easy, OPT_NOPROGRESS, 0L);
    curl.easy_setopt(easy, OPT_XFERINFOFUNCTION, (xferinfo_callback)check_cancelled);
    curl.easy_setopt(easy, OPT_XFERINFODATA, (void *)limits->cancel);
}

static ccurl_outcome outcome_of(int code, const buffer *answer, const ccurl_limits *limits) {
    if (code == CURL_OK) return CCURL_DONE;
    if (code == E_WRITE_ERROR && answer->exceeded) return CCURL_TOO_LARGE;
    if (code == E_ABORTED_BY_CALLBACK && ccurl_flag_is_raised(limits->cancel)) return CCURL_CANCELLED;
    if (code == E_OPERATION_TIMEDOUT) return CCURL_TIMED_OUT;
    return CCURL_FAILED;
}

static void fail(ccurl_response *response, const char *text) {
    snprintf(response->error, sizeof response->error, "%s", text);
}

ccurl_outcome ccurl_request(const char *method, const char *url,
                            const char *const *headers, size_t header_count,
                            const void *body, size_t body_length,
                            const ccurl_limits *limits, ccurl_response *response) {
    memset(response, 0, sizeof *response);
    pthread_once(&load_once, load);
    if (!loaded) {
        fail(response, load_error);
        return CCURL_NO_LIBRARY;
    }
    void *easy = curl.easy_init();
    curl_slist *list = easy ? header_list(headers, header_count) : NULL;
    if (!list) {
        if (easy) curl.easy_cleanup(easy);
        fail(response, "libcurl could not allocate a request");
        return CCURL_FAILED;
    }
    char error[ERROR_SIZE] = "";
    buffer answer = {.limit = limits->answer_limit};
    curl.easy_setopt(easy, OPT_URL, url);
    curl.easy_setopt(easy, OPT_HTTPHEADER, list);
    set_method(easy, method, body, body_length);
    curl.easy_setopt(easy, OPT_WRITEFUNCTION, (write_callback)collect);
    curl.easy_setopt(easy, OPT_WRITEDATA, (void *)&answer);
    curl.easy_setopt(easy, OPT_ERRORBUFFER, error);
    set_limits(easy, limits);
    int code = curl.easy_perform(easy);
    if (code == CURL_OK) curl.easy_getinfo(easy, INFO_RESPONSE_CODE, &response->status);
    curl.easy_cleanup(easy);
    curl.slist_free_all(list);
    if (code != CURL_OK) {
        free(answer.bytes);
        fail(response, *error ? error : curl.easy_strerror(code));
        return outcome_of(code, &answer, limits);
    }
    response->body = answer.bytes;
    response->body_length = answer.length;
    return CCURL_DONE;
}
