/* fuzz-atoms: the promise of fc-atoms.h, checked against PCRE2 itself.
 *
 * Input: one flag byte (bit 0: caseless), a pattern, a NUL, a subject;
 * without a NUL the pattern is its own subject (patterns made of literals
 * match themselves).  Whenever the compiled pattern matches the subject,
 * the atoms must let the subject through, with and without the subject's
 * byte pairs: the filter may be useless, never wrong.  The reader also sees the raw bytes, valid
 * UTF-8 or not.
 */
#include "fuzz.h"

#include "fc-atoms.h"
#include "fc-regex.h"

#include <string.h>

static void
check_sound(const char *pattern, gboolean caseless, const char *subject, gsize len)
{
    g_autoptr(FcRegex) re =
        fc_regex_new(pattern, caseless ? FC_REGEX_CASELESS : FC_REGEX_DEFAULT, NULL);
    if (re == NULL)
        return;
    g_autoptr(FcMatch) m = fc_match_new();
    if (fc_regex_match(re, subject, len, 0, m) != FC_REGEX_MATCHED)
        return;
    g_autofree char *folded = g_ascii_strdown(subject, (gssize)len);
    const char *f = fc_atoms_exotic_case(subject, len, NULL) ? NULL : folded;
    FUZZ_CHECK(fc_regex_may_match(re, subject, len, f, NULL));
    FcBigrams pairs;
    fc_bigrams_fill(&pairs, subject, len);
    FUZZ_CHECK(fc_regex_may_match(re, subject, len, f, &pairs));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    gboolean caseless = (data[0] & 1) != 0;
    const char *rest = (const char *)data + 1;
    gsize n = size - 1;
    const char *nul = memchr(rest, '\0', n);
    g_autofree char *pattern = g_strndup(rest, nul != NULL ? (gsize)(nul - rest) : n);
    const char *subject = nul != NULL ? nul + 1 : pattern;
    gsize len = nul != NULL ? n - (gsize)(nul + 1 - rest) : strlen(pattern);
    /* Whatever the bytes, reading them is safe. */
    g_autoptr(FcAtoms) raw = fc_atoms_new(pattern, caseless);
    (void)fc_atoms_count(raw);
    /* PCRE2 is given UTF-8 unchecked: only valid text goes further. */
    if (!g_utf8_validate(pattern, -1, NULL) || !g_utf8_validate_len(subject, len, NULL))
        return 0;
    check_sound(pattern, caseless, subject, len);
    return 0;
}
