#include "fc-regex.h"

#include "fc-atoms.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Generous for news prose, small enough that a pathological sentence is
 * abandoned in milliseconds rather than minutes. */
#define FC_MATCH_LIMIT 2000000u
#define FC_DEPTH_LIMIT 10000u
#define FC_OVECTOR_PAIRS 128u

struct _FcRegex {
    pcre2_code *code;
    char *pattern;
    FcAtoms *atoms;
    gsize jit_done; /* g_once flag: JIT-compiled (or refused) on first match */
    FcRegexFlags flags;
};

struct _FcMatch {
    pcre2_match_data *data;
    pcre2_match_context *context;
    pcre2_jit_stack *jit_stack;
    uint32_t options; /* PCRE2_NO_JIT once fc_match_interpret() was called */
    gboolean matched;
};

GQuark
fc_regex_error_quark(void)
{
    return g_quark_from_static_string("fc-regex-error-quark");
}

FcRegex *
fc_regex_new(const char *pattern, FcRegexFlags flags, GError **error)
{
    uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK;
    if (flags & FC_REGEX_CASELESS)
        options |= PCRE2_CASELESS;
    if (flags & FC_REGEX_ANCHORED)
        options |= PCRE2_ANCHORED;
    if (flags & FC_REGEX_START_LIMIT)
        options |= PCRE2_USE_OFFSET_LIMIT;
    int code;
    PCRE2_SIZE offset;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, options, &code, &offset, NULL);
    if (re == NULL) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        g_set_error(error, FC_REGEX_ERROR, 1, "offset %zu: %s", (size_t)offset, (char *)msg);
        return NULL;
    }
    FcRegex *self = g_new0(FcRegex, 1);
    self->code = re;
    self->flags = flags;
    self->pattern = g_strdup(pattern);
    self->atoms = fc_atoms_new(pattern, (flags & FC_REGEX_CASELESS) != 0);
    return self;
}

void
fc_regex_free(FcRegex *re)
{
    if (re == NULL)
        return;
    pcre2_code_free(re->code);
    g_free(re->pattern);
    fc_atoms_free(re->atoms);
    g_free(re);
}

const char *
fc_regex_pattern(const FcRegex *re)
{
    return re->pattern;
}

gboolean
fc_regex_may_match(const FcRegex *re, const char *subject, gsize len, const char *folded,
                   const FcBigrams *pairs)
{
    return fc_atoms_may_match(re->atoms, subject, len, folded, pairs);
}

int
fc_regex_group_index(const FcRegex *re, const char *name)
{
    int n = pcre2_substring_number_from_name(re->code, (PCRE2_SPTR)name);
    return n < 0 ? -1 : n;
}

FcMatch *
fc_match_new(void)
{
    FcMatch *m = g_new0(FcMatch, 1);
    m->data = pcre2_match_data_create(FC_OVECTOR_PAIRS, NULL);
    m->context = pcre2_match_context_create(NULL);
    pcre2_set_match_limit(m->context, FC_MATCH_LIMIT);
    pcre2_set_depth_limit(m->context, FC_DEPTH_LIMIT);
    m->jit_stack = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
    if (m->jit_stack != NULL)
        pcre2_jit_stack_assign(m->context, NULL, m->jit_stack);
    return m;
}

void
fc_match_interpret(FcMatch *m)
{
    m->options |= PCRE2_NO_JIT;
}

void
fc_match_free(FcMatch *m)
{
    if (m == NULL)
        return;
    pcre2_match_data_free(m->data);
    pcre2_match_context_free(m->context);
    if (m->jit_stack != NULL)
        pcre2_jit_stack_free(m->jit_stack);
    g_free(m);
}

/* JIT compilation costs more than all of a small run's matching, and most
 * patterns never run on a short draft: each is compiled when first
 * matched.  The once-flag makes other threads wait for it, so no match
 * runs on a pattern being compiled.  JIT is an optimisation: where the
 * platform refuses it we interpret. */
static void
fc_regex_jit(const FcRegex *re)
{
    FcRegex *self = (FcRegex *)re; /* the one lazy field: see jit_done */
    if (g_once_init_enter(&self->jit_done)) {
        (void)pcre2_jit_compile(self->code, PCRE2_JIT_COMPLETE);
        g_once_init_leave(&self->jit_done, 1);
    }
}

FcRegexResult
fc_regex_match(const FcRegex *re, const char *subject, gsize len, gsize start, FcMatch *m)
{
    m->matched = FALSE;
    if ((m->options & PCRE2_NO_JIT) == 0)
        fc_regex_jit(re);
    int rc = pcre2_match(re->code, (PCRE2_SPTR)subject, len, start, PCRE2_NO_UTF_CHECK | m->options,
                         m->data, m->context);
    if (rc >= 0) {
        m->matched = TRUE;
        return FC_REGEX_MATCHED;
    }
    if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
        rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_HEAPLIMIT)
        return FC_REGEX_LIMIT;
    return FC_REGEX_NO_MATCH;
}

FcRegexResult
fc_regex_match_within(const FcRegex *re, const char *subject, gsize len, gsize start,
                      gsize last_start, FcMatch *m)
{
    g_return_val_if_fail(re->flags & FC_REGEX_START_LIMIT, FC_REGEX_NO_MATCH);
    pcre2_set_offset_limit(m->context, last_start);
    FcRegexResult r = fc_regex_match(re, subject, len, start, m);
    /* Patterns built without the option refuse a context that has one. */
    pcre2_set_offset_limit(m->context, PCRE2_UNSET);
    return r;
}

void
fc_match_clear(FcMatch *m)
{
    m->matched = FALSE;
}

gboolean
fc_match_group(const FcMatch *m, int n, gsize *start, gsize *end)
{
    if (!m->matched || n < 0 || (guint)n >= pcre2_get_ovector_count(m->data))
        return FALSE;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->data);
    if (ov[2 * n] == PCRE2_UNSET)
        return FALSE;
    *start = ov[2 * n];
    *end = ov[2 * n + 1];
    return TRUE;
}
