// Swift cannot call C-variadic functions (el_set, el_get, history) nor touch the C globals
// stdin/stdout/stderr under Swift 6 concurrency checking; these static inline wrappers do it.
#include <histedit.h>
#include <stdio.h>
#include <signal.h>

typedef char *(*swiftel_prompt_fn)(EditLine *);
typedef unsigned char (*swiftel_cmd_fn)(EditLine *, int);
typedef int (*swiftel_getc_fn)(EditLine *, wchar_t *);

static inline EditLine *swiftel_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
/* Edit on stderr instead of stdout (when stdout is a pipe but stderr is the terminal). */
static inline EditLine *swiftel_init_on(const char *prog, int on_stderr) { return el_init(prog, stdin, on_stderr ? stderr : stdout, stderr); }
static inline int swiftel_set_prompt(EditLine *el, swiftel_prompt_fn f) { return el_set(el, EL_PROMPT, f); }
static inline int swiftel_set_prompt_esc(EditLine *el, swiftel_prompt_fn f, char esc) { return el_set(el, EL_PROMPT_ESC, f, esc); }
static inline int swiftel_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int swiftel_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
/* Raw mode now, not at the first key read: keys typed as soon as the prompt shows are edited, not cooked. */
static inline int swiftel_prep_term(EditLine *el, int on) { return el_set(el, EL_PREP_TERM, on); }
static inline int swiftel_set_getcfn(EditLine *el, swiftel_getc_fn f) { return el_set(el, EL_GETCFN, f); }
static inline int swiftel_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int swiftel_addfn(EditLine *el, const char *name, const char *help, swiftel_cmd_fn fn) { return el_set(el, EL_ADDFN, name, help, fn); }
static inline int swiftel_bind(EditLine *el, const char *key, const char *fname) { return el_set(el, EL_BIND, key, fname, (const char *)NULL); }
static inline int swiftel_set_clientdata(EditLine *el, void *d) { return el_set(el, EL_CLIENTDATA, d); }
static inline void *swiftel_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }
static inline int swifthist_setsize(History *h, HistEvent *ev, int n) { return history(h, ev, H_SETSIZE, n); }
static inline int swifthist_setunique(History *h, HistEvent *ev, int on) { return history(h, ev, H_SETUNIQUE, on); }
static inline int swifthist_enter(History *h, HistEvent *ev, const char *s) { return history(h, ev, H_ENTER, s); }
static inline int swifthist_load(History *h, HistEvent *ev, const char *f) { return history(h, ev, H_LOAD, f); }
static inline int swifthist_save(History *h, HistEvent *ev, const char *f) { return history(h, ev, H_SAVE, f); }
static inline int swifthist_first(History *h, HistEvent *ev) { return history(h, ev, H_FIRST); }
static inline int swifthist_next(History *h, HistEvent *ev) { return history(h, ev, H_NEXT); }
static inline int swifthist_last(History *h, HistEvent *ev) { return history(h, ev, H_LAST); }
static inline int swifthist_prev(History *h, HistEvent *ev) { return history(h, ev, H_PREV); }
static inline void swift_flush_stdout(void) { fflush(stdout); }
