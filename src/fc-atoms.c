#define _GNU_SOURCE /* memmem */
#include "fc-atoms.h"

#include <string.h>

/* Shorter runs are in nearly every sentence and only cost a search. */
#define FC_ATOM_MIN 3u
#define FC_CLAUSE_MAX_COUNT 8u
/* An alternation of more atoms is not worth testing.  Each atom costs a
 * few bit tests (fc-bigrams) before any search, and a cue list of some 30
 * words ran its regex on every sentence at 16; 32 takes such lists, and
 * more changed nothing on the benchmark corpus. */
#define FC_CLAUSE_MAX_ANY 32u

typedef struct {
    char *text;
    gsize len;
    gboolean caseless;
    FcBigramKey key; /* tested against a sentence's pairs before a search */
} FcAtom;

/* A clause holds when one of its atoms occurs; the atoms hold when every
 * clause does. */
typedef GArray FcClause; /* FcAtom */

/* Built as FcClause arrays, then laid out in one block: every pattern of
 * every sentence is tested here, and chasing a pointer per clause and per
 * atom cost more than the tests. */
struct _FcAtoms {
    guint n_clauses;
    guint *clause_end; /* clause i is atoms[clause_end[i - 1] .. clause_end[i]) */
    FcAtom *atoms;     /* their texts lie in the block too */
};

typedef struct {
    const char *p;
    gboolean caseless; /* the mode at p: (?i) and (?-i) change it */
    gboolean failed;
} FcAtomReader;

/* One branch of an alternation: its literal run being read and the
 * clauses found so far. */
typedef struct {
    GString *run;
    gboolean run_caseless;
    gsize last_len; /* bytes of the run's last character, 0 after a break */
    GPtrArray *clauses;
} FcBranch;

static FcAtom
fc_atom_make(const char *text, gsize len, gboolean caseless)
{
    FcAtom a = {g_strndup(text, len), len, caseless, {{0}, 0}};
    fc_bigrams_key(&a.key, text, len);
    return a;
}

static void
fc_atom_clear(gpointer data)
{
    g_free(((FcAtom *)data)->text);
}

static FcClause *
fc_clause_new(void)
{
    GArray *c = g_array_new(FALSE, FALSE, sizeof(FcAtom));
    g_array_set_clear_func(c, fc_atom_clear);
    return c;
}

static void
fc_clause_free(gpointer c)
{
    g_array_unref(c);
}

static GPtrArray *
fc_clauses_new(void)
{
    return g_ptr_array_new_with_free_func(fc_clause_free);
}

static void
fc_branch_flush(FcBranch *b)
{
    if (b->run->len >= FC_ATOM_MIN) {
        FcAtom a = fc_atom_make(b->run->str, b->run->len, b->run_caseless);
        FcClause *c = fc_clause_new();
        g_array_append_val(c, a);
        g_ptr_array_add(b->clauses, c);
    }
    g_string_truncate(b->run, 0);
    b->last_len = 0;
}

/* A quantifier makes the character before it optional or repeated: it is
 * not part of a literal run. */
static void
fc_branch_quantified(FcBranch *b)
{
    g_string_truncate(b->run, b->run->len - b->last_len);
    fc_branch_flush(b);
}

/* Under caseless matching a character with any case mapping stands for
 * several spellings; only caseless-inert characters and ASCII (compared
 * folded) can be part of a caseless run. */
static gboolean
fc_char_caseless_exact(gunichar c)
{
    return !g_unichar_isalpha(c) && g_unichar_toupper(c) == c && g_unichar_tolower(c) == c &&
           g_unichar_totitle(c) == c;
}

static void
fc_branch_literal(FcBranch *b, gboolean caseless, const char *c, gsize n)
{
    if (b->run->len > 0 && b->run_caseless != caseless)
        fc_branch_flush(b);
    b->run_caseless = caseless;
    if (caseless && n == 1) {
        g_string_append_c(b->run, g_ascii_tolower(*c));
    } else if (caseless && !fc_char_caseless_exact(g_utf8_get_char_validated(c, (gssize)n))) {
        fc_branch_flush(b);
        return;
    } else {
        g_string_append_len(b->run, c, (gssize)n);
    }
    b->last_len = n;
}

/* One character of literal text at r->p, whole even when it is several
 * bytes; a pattern cut inside one has no atoms. */
static void
fc_branch_char(FcBranch *b, FcAtomReader *r)
{
    gsize n = (gsize)g_utf8_skip[*(const guchar *)r->p];
    if (strnlen(r->p, n) < n) {
        r->failed = TRUE;
        return;
    }
    fc_branch_literal(b, r->caseless, r->p, n);
    r->p += n;
}

/* Moves past the closing @close; FALSE when the pattern ends first. */
static gboolean
fc_reader_skip_to(FcAtomReader *r, const char *close)
{
    const char *end = strstr(r->p, close);
    if (end == NULL)
        return FALSE;
    r->p = end + strlen(close);
    return TRUE;
}

static gboolean
fc_reader_skip_class(FcAtomReader *r)
{
    r->p++; /* [ */
    if (*r->p == '^')
        r->p++;
    if (*r->p == ']')
        r->p++;
    while (*r->p != '\0') {
        if (r->p[0] == '\\' && r->p[1] == 'Q') {
            if (!fc_reader_skip_to(r, "\\E"))
                return FALSE;
        } else if (r->p[0] == '\\' && r->p[1] != '\0') {
            r->p += 2;
        } else if (r->p[0] == '[' && r->p[1] == ':') {
            if (!fc_reader_skip_to(r, ":]"))
                return FALSE;
        } else if (*r->p++ == ']') {
            return TRUE;
        }
    }
    return FALSE;
}

/* A balanced group, whatever it holds: a break in the run. */
static gboolean
fc_reader_skip_group(FcAtomReader *r)
{
    int depth = 0;
    while (*r->p != '\0') {
        if (g_str_has_prefix(r->p, "(?#")) {
            if (!fc_reader_skip_to(r, ")"))
                return FALSE;
            if (depth == 0)
                return TRUE;
        } else if (r->p[0] == '\\' && r->p[1] == 'Q') {
            if (!fc_reader_skip_to(r, "\\E"))
                return FALSE;
        } else if (r->p[0] == '\\' && r->p[1] != '\0') {
            r->p += 2;
        } else if (r->p[0] == '[') {
            if (!fc_reader_skip_class(r))
                return FALSE;
        } else if (*r->p++ == '(') {
            depth++;
        } else if (r->p[-1] == ')' && --depth == 0) {
            return TRUE;
        }
    }
    return FALSE;
}

/* The option letters q[0..n) ("i", "-i", "^", "x"...) applied to the
 * reader's mode. */
static void
fc_reader_options(FcAtomReader *r, const char *q, gsize n)
{
    gboolean on = TRUE;
    for (gsize i = 0; i < n; i++) {
        if (q[i] == '-') {
            on = FALSE;
        } else if (q[i] == '^') {
            r->caseless = FALSE;
        } else if (q[i] == 'i') {
            r->caseless = on;
        } else if (q[i] == 'x' && on) {
            r->failed = TRUE; /* white space and '#' stop being literal */
        }
    }
}

typedef enum {
    FC_GROUP_SKIP,    /* lookbehind or -ahead that must fail, condition, call... */
    FC_GROUP_ENTER,   /* its content must match: read it */
    FC_GROUP_SETTING, /* "(?i)": changes the mode of what follows */
} FcGroupKind;

/* What the group at r->p is; *header is the length of its opening. */
static FcGroupKind
fc_group_kind(FcAtomReader *r, gsize *header)
{
    const char *p = r->p;
    if (p[1] == '*') {
        /* (*ACCEPT) ends a match early: literals after it are not required. */
        if (g_str_has_prefix(p + 2, "ACCEPT"))
            r->failed = TRUE;
        return FC_GROUP_SKIP;
    }
    if (p[1] != '?') {
        *header = 1;
        return FC_GROUP_ENTER;
    }
    /* A callout's string argument may hold ')': the group's end is not
     * found by counting brackets. */
    if (p[2] == 'C') {
        r->failed = TRUE;
        return FC_GROUP_SKIP;
    }
    if (strchr(":|>=", p[2]) != NULL && p[2] != '\0') {
        *header = 3;
        return FC_GROUP_ENTER;
    }
    /* A lookbehind's text may lie before the search started: callers
     * may test only the subject from there on (fc-atoms.h). */
    if (p[2] == '<' && p[3] == '=')
        return FC_GROUP_SKIP;
    const char *name = p[2] == 'P' && p[3] == '<' ? p + 4 : p[2] == '<' ? p + 3 : NULL;
    if (name != NULL && *name != '!' && *name != '=') {
        const char *close = strchr(name, '>');
        if (close == NULL)
            return FC_GROUP_SKIP;
        *header = (gsize)(close + 1 - p);
        return FC_GROUP_ENTER;
    }
    /* Only PCRE2's option letters: "(?R)" and "(?C)" are not settings. */
    gsize n = strspn(p + 2, "imnsxJU^-");
    if (n > 0 && (p[2 + n] == ')' || p[2 + n] == ':')) {
        fc_reader_options(r, p + 2, n);
        *header = n + 3;
        return p[2 + n] == ')' ? FC_GROUP_SETTING : FC_GROUP_ENTER;
    }
    return FC_GROUP_SKIP;
}

/* Does the quantifier at @p allow zero repetitions? */
static gboolean
fc_quantifier_optional(const char *p)
{
    if (*p == '?' || *p == '*')
        return TRUE;
    if (*p != '{')
        return FALSE;
    /* Newer PCRE2 allows spaces inside the braces: "{ 0, 2 }". */
    const char *q = p + 1 + strspn(p + 1, " \t");
    return *q == '0' || *q == ',';
}

static GPtrArray *fc_reader_alternation(FcAtomReader *r);

static void
fc_branch_group(FcBranch *b, FcAtomReader *r)
{
    gsize header = 0;
    gboolean outer = r->caseless;
    FcGroupKind kind = fc_group_kind(r, &header);
    fc_branch_flush(b);
    if (kind == FC_GROUP_SETTING) {
        r->p += header;
        return;
    }
    if (kind == FC_GROUP_SKIP) {
        r->failed = r->failed || !fc_reader_skip_group(r);
        return;
    }
    r->p += header;
    g_autoptr(GPtrArray) inner = fc_reader_alternation(r);
    r->caseless = outer;
    if (*r->p != ')') {
        r->failed = TRUE;
        return;
    }
    r->p++;
    if (fc_quantifier_optional(r->p))
        return;
    for (guint i = 0; i < inner->len; i++)
        g_ptr_array_add(b->clauses, g_ptr_array_steal_index_fast(inner, i--));
}

/* Escapes that take an argument: \x{..}, \p{..}, \k<..>, \g1, \cX... */
static void
fc_reader_escape_argument(FcAtomReader *r, char letter)
{
    static const char opens[] = "{<'";
    static const char *const closes[] = {"}", ">", "'"};
    const char *open = *r->p != '\0' ? strchr(opens, *r->p) : NULL;
    if (open != NULL && strchr("xopPNgk", letter) != NULL) {
        if (!fc_reader_skip_to(r, closes[open - opens]))
            r->failed = TRUE;
    } else if (letter == 'x') {
        gsize hex = strspn(r->p, "0123456789abcdefABCDEF");
        r->p += MIN(hex, 2);
    } else if (letter == 'c' || letter == 'p' || letter == 'P') {
        r->p += *r->p != '\0';
    } else if (letter == 'g' || g_ascii_isdigit(letter)) {
        r->p += strspn(r->p, "+-0123456789");
    }
}

static void
fc_branch_escape(FcBranch *b, FcAtomReader *r)
{
    char letter = r->p[1];
    if (letter == '\0') {
        r->failed = TRUE;
        return;
    }
    if (!g_ascii_isalnum(letter)) {
        r->p++;
        fc_branch_char(b, r);
        return;
    }
    fc_branch_flush(b);
    r->p += 2;
    /* \Q...\E is literal text, read here as a break; without \E it runs
     * to the end of the pattern. */
    if (letter == 'Q' && !fc_reader_skip_to(r, "\\E"))
        r->p += strlen(r->p);
    else if (letter != 'Q')
        fc_reader_escape_argument(r, letter);
}

/* "{2}", "{1,3}", "{ 1 }": skipped whole, a quantifier or (in older
 * PCRE2) literal text, a break either way; anything else after '{' reads
 * on. */
static void
fc_branch_brace(FcBranch *b, FcAtomReader *r)
{
    fc_branch_quantified(b);
    const char *q = r->p + 1;
    q += strspn(q, "0123456789, \t");
    r->p = *q == '}' ? q + 1 : r->p + 1;
}

static void
fc_branch_step(FcBranch *b, FcAtomReader *r)
{
    switch (*r->p) {
    case '\\':
        fc_branch_escape(b, r);
        break;
    case '[':
        fc_branch_flush(b);
        r->failed = !fc_reader_skip_class(r);
        break;
    case '(':
        fc_branch_group(b, r);
        break;
    case '.':
    case '^':
    case '$':
        fc_branch_flush(b);
        r->p++;
        break;
    case '*':
    case '+':
    case '?':
        fc_branch_quantified(b);
        r->p++;
        break;
    case '{':
        fc_branch_brace(b, r);
        break;
    default:
        fc_branch_char(b, r);
    }
}

/* The clauses of one branch, read up to '|', ')' or the end. */
static GPtrArray *
fc_reader_branch(FcAtomReader *r)
{
    FcBranch b = {g_string_new(NULL), FALSE, 0, fc_clauses_new()};
    while (!r->failed && *r->p != '\0' && *r->p != '|' && *r->p != ')')
        fc_branch_step(&b, r);
    fc_branch_flush(&b);
    g_string_free(b.run, TRUE);
    return b.clauses;
}

/* The shortest atom of a clause: what a filter on it is worth. */
static gsize
fc_clause_strength(const FcClause *c)
{
    gsize min = G_MAXSIZE;
    for (guint i = 0; i < c->len; i++)
        min = MIN(min, g_array_index(c, FcAtom, i).len);
    return min;
}

static gint
fc_clause_stronger_first(gconstpointer a, gconstpointer b)
{
    const FcClause *x = *(FcClause *const *)a, *y = *(FcClause *const *)b;
    gsize sx = fc_clause_strength(x), sy = fc_clause_strength(y);
    if (sx != sy)
        return sx < sy ? 1 : -1;
    return x->len < y->len ? -1 : x->len > y->len ? 1 : 0;
}

/* Alternatives: one of them matches, so one of their best clauses holds.
 * Adds the atoms of @branch's best clause to @any; FALSE when it has none. */
static gboolean
fc_clause_add_best(FcClause *any, GPtrArray *branch)
{
    if (branch->len == 0)
        return FALSE;
    g_ptr_array_sort(branch, fc_clause_stronger_first);
    const FcClause *best = g_ptr_array_index(branch, 0);
    for (guint i = 0; i < best->len; i++) {
        const FcAtom *a = &g_array_index(best, FcAtom, i);
        FcAtom copy = fc_atom_make(a->text, a->len, a->caseless);
        g_array_append_val(any, copy);
    }
    return any->len <= FC_CLAUSE_MAX_ANY;
}

/* The clauses of an alternation, read up to ')' or the end. */
static GPtrArray *
fc_reader_alternation(FcAtomReader *r)
{
    GPtrArray *first = fc_reader_branch(r);
    if (r->failed || *r->p != '|')
        return first;
    FcClause *any = fc_clause_new();
    gboolean ok = fc_clause_add_best(any, first);
    g_ptr_array_unref(first);
    while (!r->failed && *r->p == '|') {
        r->p++;
        g_autoptr(GPtrArray) next = fc_reader_branch(r);
        ok = ok && fc_clause_add_best(any, next);
    }
    GPtrArray *out = fc_clauses_new();
    if (ok)
        g_ptr_array_add(out, any);
    else
        fc_clause_free(any);
    return out;
}

static gboolean
fc_clause_equal(const FcClause *x, const FcClause *y)
{
    if (x->len != y->len)
        return FALSE;
    for (guint i = 0; i < x->len; i++) {
        const FcAtom *a = &g_array_index(x, FcAtom, i), *b = &g_array_index(y, FcAtom, i);
        if (a->len != b->len || a->caseless != b->caseless || memcmp(a->text, b->text, a->len))
            return FALSE;
    }
    return TRUE;
}

/* The strongest clauses, each once. */
static void
fc_clauses_prune(GPtrArray *clauses)
{
    g_ptr_array_sort(clauses, fc_clause_stronger_first);
    for (guint i = 0; i < clauses->len; i++)
        for (guint j = i + 1; j < clauses->len; j++)
            if (fc_clause_equal(g_ptr_array_index(clauses, i), g_ptr_array_index(clauses, j)))
                g_ptr_array_remove_index(clauses, j--);
    if (clauses->len > FC_CLAUSE_MAX_COUNT)
        g_ptr_array_set_size(clauses, FC_CLAUSE_MAX_COUNT);
}

/* The header, the atoms, the clause ends and the texts, in that order
 * (each part's alignment divides the size of the ones before it). */
static FcAtoms *
fc_atoms_lay_out(const GPtrArray *clauses)
{
    gsize n_atoms = 0, text_bytes = 0;
    for (guint i = 0; i < clauses->len; i++) {
        const FcClause *c = g_ptr_array_index(clauses, i);
        n_atoms += c->len;
        for (guint k = 0; k < c->len; k++)
            text_bytes += g_array_index(c, FcAtom, k).len + 1;
    }
    FcAtoms *self = g_malloc(sizeof *self + n_atoms * sizeof(FcAtom) +
                             clauses->len * sizeof(guint) + text_bytes);
    self->n_clauses = clauses->len;
    self->atoms = (FcAtom *)(self + 1);
    self->clause_end = (guint *)(self->atoms + n_atoms);
    char *text = (char *)(self->clause_end + clauses->len);
    guint n = 0;
    for (guint i = 0; i < clauses->len; i++) {
        const FcClause *c = g_ptr_array_index(clauses, i);
        for (guint k = 0; k < c->len; k++, n++) {
            self->atoms[n] = g_array_index(c, FcAtom, k);
            self->atoms[n].text = memcpy(text, self->atoms[n].text, self->atoms[n].len + 1);
            text += self->atoms[n].len + 1;
        }
        self->clause_end[i] = n;
    }
    return self;
}

FcAtoms *
fc_atoms_new(const char *pattern, gboolean caseless)
{
    FcAtomReader r = {pattern, caseless, FALSE};
    g_autoptr(GPtrArray) clauses = fc_reader_alternation(&r);
    if (r.failed || *r.p != '\0' || clauses->len == 0)
        return NULL;
    fc_clauses_prune(clauses);
    return fc_atoms_lay_out(clauses);
}

void
fc_atoms_free(FcAtoms *atoms)
{
    g_free(atoms);
}

guint
fc_atoms_count(const FcAtoms *atoms)
{
    return atoms == NULL ? 0 : atoms->n_clauses;
}

static gboolean
fc_clause_holds(const FcAtom *a, const FcAtom *end, const char *subject, gsize len,
                const char *folded, const FcBigrams *pairs)
{
    for (; a < end; a++) {
        const char *hay = a->caseless ? folded : subject;
        if (hay == NULL)
            return TRUE;
        if (pairs != NULL && !fc_bigrams_has_key(pairs, &a->key))
            continue;
        if (memmem(hay, len, a->text, a->len) != NULL)
            return TRUE;
    }
    return FALSE;
}

gboolean
fc_atoms_may_match(const FcAtoms *atoms, const char *subject, gsize len, const char *folded,
                   const FcBigrams *pairs)
{
    if (atoms == NULL)
        return TRUE;
    const FcAtom *a = atoms->atoms;
    for (guint i = 0; i < atoms->n_clauses; i++) {
        const FcAtom *end = atoms->atoms + atoms->clause_end[i];
        if (!fc_clause_holds(a, end, subject, len, folded, pairs))
            return FALSE;
        a = end;
    }
    return TRUE;
}

static gboolean
fc_text_has(const char *s, gsize len, const FcBigrams *pairs, const char *needle)
{
    gsize n = strlen(needle);
    return (pairs == NULL || fc_bigrams_may_contain(pairs, needle, n)) &&
           memmem(s, len, needle, n) != NULL;
}

gboolean
fc_atoms_exotic_case(const char *s, gsize len, const FcBigrams *pairs)
{
    return fc_text_has(s, len, pairs, "\xE2\x84\xAA") || /* KELVIN SIGN ~ k */
           fc_text_has(s, len, pairs, "\xC5\xBF");       /* LONG S ~ s */
}
