#include "fc-records.h"

#include <string.h>

typedef struct {
    GPtrArray *docs;
    GPtrArray *warnings;
    GError *error;
    gboolean ok;
} Read;

static void
read_clear(Read *r)
{
    g_clear_pointer(&r->docs, g_ptr_array_unref);
    g_clear_pointer(&r->warnings, g_ptr_array_unref);
    g_clear_error(&r->error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(Read, read_clear)

static void
read_records(Read *r, const char *path, const char *bytes, gsize len)
{
    r->docs = g_ptr_array_new_with_free_func((GDestroyNotify)fc_document_free);
    r->warnings = g_ptr_array_new_with_free_func(g_free);
    r->ok = fc_records_read(path, bytes, len, r->docs, r->warnings, &r->error);
    g_assert_true(r->ok == (r->error == NULL));
}

static void
read_string(Read *r, const char *path, const char *text)
{
    read_records(r, path, text, strlen(text));
}

static FcDocument *
doc_at(const Read *r, guint i)
{
    g_assert_cmpuint(i, <, r->docs->len);
    return g_ptr_array_index(r->docs, i);
}

static const char *
warning_at(const Read *r, guint i)
{
    g_assert_cmpuint(i, <, r->warnings->len);
    return g_ptr_array_index(r->warnings, i);
}

static guint
line_of(const FcDocument *doc, const char *needle)
{
    const char *at = strstr(doc->text, needle);
    g_assert_nonnull(at);
    guint line = 0, column = 0;
    fc_document_locate(doc, (gsize)(at - doc->text), &line, &column);
    return line;
}

static void
test_lines(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "news.jsonl",
                "{\"title\": \"Cohere raises\", \"text\": \"Cohere raised $500 million.\\n"
                "The round was led by Radical Ventures.\\nIt values Cohere at $5.5 billion.\", "
                "\"date\": \"2025-03-14\", \"url\": \"https://example.com/a\", "
                "\"source\": \"Example Wire\"}\n"
                "\n"
                "{\"headline\": \"Second\", \"maintext\": \"Mistral raised money.\", "
                "\"date_publish\": \"2025-03-20 09:15:00\", \"source_domain\": \"example.org\"}\n");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.warnings->len, ==, 0);
    g_assert_cmpuint(r.docs->len, ==, 2);
    FcDocument *a = doc_at(&r, 0), *b = doc_at(&r, 1);
    g_assert_cmpstr(a->path, ==, "news.jsonl#1");
    g_assert_cmpstr(a->title, ==, "Cohere raises");
    g_assert_cmpstr(a->date_text, ==, "2025-03-14");
    g_assert_true(fc_time_is_known(&a->date));
    g_assert_cmpstr(a->url, ==, "https://example.com/a");
    g_assert_cmpstr(a->source, ==, "Example Wire");
    /* Lines are the record text's own: "\n" in the string starts one. */
    g_assert_cmpuint(line_of(a, "Cohere raised"), ==, 1);
    g_assert_cmpuint(line_of(a, "values Cohere"), ==, 3);
    /* The number is the file's line: a blank line counts. */
    g_assert_cmpstr(b->path, ==, "news.jsonl#3");
    g_assert_cmpstr(b->title, ==, "Second");
    g_assert_cmpstr(b->text, ==, "Mistral raised money.");
    g_assert_cmpstr(b->source, ==, "example.org");
    g_assert_true(fc_time_is_known(&b->date));
    g_autofree char *day = fc_time_format(&b->date);
    g_assert_cmpstr(day, ==, "2025-03-20");
}

static void
test_field_aliases(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "a.ndjson",
                "{\"Headline\": \"H\", \"body\": \"Body text.\", \"datePublished\": "
                "\"2024-05\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Wire\"}, "
                "\"link\": \"https://x.test/\"}\n"
                "{\"content\": \"C.\", \"published\": 1710403200, \"site_name\": \"S\"}\n"
                "{\"article\": \"A.\", \"publish_date\": 1710403200000}\n"
                "{\"articleBody\": [\"First paragraph.\", \"Second paragraph.\"], "
                "\"pubDate\": \"2023\"}\n");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.warnings->len, ==, 0);
    g_assert_cmpuint(r.docs->len, ==, 4);
    g_assert_cmpstr(doc_at(&r, 0)->title, ==, "H");
    g_assert_cmpstr(doc_at(&r, 0)->text, ==, "Body text.");
    g_assert_cmpstr(doc_at(&r, 0)->source, ==, "Wire");
    g_assert_cmpstr(doc_at(&r, 0)->url, ==, "https://x.test/");
    g_assert_cmpstr(doc_at(&r, 0)->date_text, ==, "2024-05");
    /* Unix seconds and milliseconds. */
    g_assert_cmpstr(doc_at(&r, 1)->date_text, ==, "2024-03-14");
    g_assert_cmpstr(doc_at(&r, 1)->source, ==, "S");
    g_assert_cmpstr(doc_at(&r, 2)->date_text, ==, "2024-03-14");
    /* Paragraphs are separated by a blank line. */
    g_assert_cmpstr(doc_at(&r, 3)->text, ==, "First paragraph.\n\nSecond paragraph.");
    g_assert_cmpuint(line_of(doc_at(&r, 3), "Second"), ==, 3);
}

static void
test_array(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "dump.json",
                "[\n  {\"text\": \"One.\"},\n  42,\n  {\"title\": \"no text\"},\n"
                "  {\"text\": \"Four.\"}\n]\n");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 2);
    g_assert_cmpstr(doc_at(&r, 0)->path, ==, "dump.json#1");
    g_assert_cmpstr(doc_at(&r, 1)->path, ==, "dump.json#4");
    g_assert_cmpuint(r.warnings->len, ==, 2);
    g_assert_cmpstr(warning_at(&r, 0), ==,
                    "factcheck: 'dump.json#2': record is not a JSON object, skipped");
    g_assert_true(
        g_str_has_prefix(warning_at(&r, 1), "factcheck: 'dump.json#3': record has no text"));
}

static void
test_wrapped_array(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "api.json",
                "{\"status\": \"ok\", \"totalResults\": 2, \"tags\": [\"a\"], \"articles\": "
                "[{\"title\": \"T1\", \"content\": \"One.\"}, {\"title\": \"T2\", "
                "\"source\": {\"id\": null, \"name\": \"Wire\"}, \"publishedAt\": "
                "\"2025-05-07T08:00:00Z\", \"description\": \"d\", \"content\": \"Two.\"}]}");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.warnings->len, ==, 0);
    g_assert_cmpuint(r.docs->len, ==, 2);
    g_assert_cmpstr(doc_at(&r, 1)->path, ==, "api.json#2");
    g_assert_cmpstr(doc_at(&r, 1)->title, ==, "T2");
    g_assert_cmpstr(doc_at(&r, 1)->source, ==, "Wire");
    g_assert_cmpstr(doc_at(&r, 1)->text, ==, "Two.");
    g_assert_true(fc_time_is_known(&doc_at(&r, 1)->date));

    /* JSON Feed. */
    g_auto(Read) feed = {0};
    read_string(&feed, "feed.json",
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"id\": "
                "\"1\", \"content_text\": \"Feed text.\", \"date_published\": "
                "\"2025-01-02T03:04:05Z\"}]}");
    g_assert_cmpuint(feed.docs->len, ==, 1);
    g_assert_cmpstr(doc_at(&feed, 0)->text, ==, "Feed text.");
    g_assert_cmpstr(doc_at(&feed, 0)->date_text, ==, "2025-01-02T03:04:05Z");
}

static void
test_single_record(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "one.json",
                "\xEF\xBB\xBF{\"text\": \"Only one.\", \"related\": [{\"text\": \"not me\"}]}");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 1);
    g_assert_cmpstr(doc_at(&r, 0)->path, ==, "one.json#1");
    g_assert_cmpstr(doc_at(&r, 0)->text, ==, "Only one.");
}

static void
test_malformed_lines(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "news.jsonl",
                "{\"text\": \"One.\"}\r\n"
                "{\"text\": \"truncated\r\n"
                "{\"text\": \"Three.\"} {\"text\": \"extra\"}\r\n"
                "[1, 2]\r\n"
                "{\"title\": \"no text\", \"text\": \"   \"}\r\n"
                "{\"text\": \"Six.\"}");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 2);
    g_assert_cmpstr(doc_at(&r, 0)->path, ==, "news.jsonl#1");
    g_assert_cmpstr(doc_at(&r, 1)->path, ==, "news.jsonl#6");
    g_assert_cmpuint(r.warnings->len, ==, 4);
    g_assert_cmpstr(warning_at(&r, 0), ==,
                    "factcheck: 'news.jsonl:2': malformed JSON (syntax error), skipped");
    g_assert_cmpstr(warning_at(&r, 1), ==,
                    "factcheck: 'news.jsonl:3': malformed JSON (more than one value), skipped");
    g_assert_cmpstr(warning_at(&r, 2), ==,
                    "factcheck: 'news.jsonl:4': record is not a JSON object, skipped");
    g_assert_true(
        g_str_has_prefix(warning_at(&r, 3), "factcheck: 'news.jsonl:5': record has no text"));
}

static void
test_warnings_capped(void)
{
    GString *text = g_string_new("{\"text\": \"Good.\"}\n");
    for (int i = 0; i < 1000; i++)
        g_string_append(text, "{oops\n");
    g_auto(Read) r = {0};
    read_string(&r, "big.jsonl", text->str);
    g_string_free(text, TRUE);
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 1);
    g_assert_cmpuint(r.warnings->len, ==, 11);
    g_assert_cmpstr(warning_at(&r, 10), ==, "factcheck: 'big.jsonl': 990 more warnings not shown");
}

static void
test_not_json(void)
{
    const char *text = "<html><body>Not JSON at all.</body></html>\nsecond line\n";
    const char *const names[] = {"a.json", "a.jsonl", "a.ndjson.gz"};
    for (gsize i = 0; i < G_N_ELEMENTS(names); i++) {
        g_auto(Read) r = {0};
        read_string(&r, names[i], text);
        g_assert_false(r.ok);
        g_assert_error(r.error, FC_RECORDS_ERROR, 0);
        g_assert_nonnull(strstr(r.error->message, names[i]));
        g_assert_cmpuint(r.docs->len, ==, 0);
        g_assert_cmpuint(r.warnings->len, ==, 0);
    }
    g_auto(Read) r = {0};
    read_string(&r, "broken.json", "[\n{\"text\": \"a\"},\n{\"text\": }\n]");
    g_assert_false(r.ok);
    g_assert_cmpstr(r.error->message, ==, "'broken.json' is not JSON: syntax error at line 3");
}

/* Datasets often call JSON Lines ".json". */
static void
test_lines_named_json(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "train.json", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 2);
    g_assert_cmpstr(doc_at(&r, 1)->path, ==, "train.json#2");
}

static void
test_empty(void)
{
    const char *const texts[] = {"", " \n\n ", "[]", "{}"};
    for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) {
        g_auto(Read) r = {0};
        read_string(&r, "e.json", texts[i]);
        g_assert_true(r.ok);
        g_assert_cmpuint(r.docs->len, ==, 0);
    }
    g_auto(Read) r = {0};
    read_string(&r, "e.jsonl", "\n\n");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 0);
    g_assert_cmpuint(r.warnings->len, ==, 0);
}

static void
test_text_repairs(void)
{
    g_auto(Read) r = {0};
    read_string(&r, "u.jsonl",
                "{\"text\": \"caf\\u00e9 \\ud83d\\ude00 bad\xff byte\", \"date\": \"soon\"}\n");
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 1);
    g_assert_cmpstr(doc_at(&r, 0)->text, ==, "caf\xc3\xa9 \xf0\x9f\x98\x80 bad? byte");
    g_assert_cmpuint(r.warnings->len, ==, 2);
    g_assert_cmpstr(warning_at(&r, 0), ==,
                    "factcheck: 'u.jsonl:1': invalid UTF-8 repaired (1 sequence)");
    g_assert_cmpstr(warning_at(&r, 1), ==, "factcheck: 'u.jsonl:1': date 'soon' not understood");
    g_assert_false(fc_time_is_known(&doc_at(&r, 0)->date));
}

/* Bytes need not end in NUL: the parser is held to the length. */
static void
test_not_nul_terminated(void)
{
    const char text[] = "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}XXXX";
    g_auto(Read) r = {0};
    read_records(&r, "n.jsonl", text, sizeof text - 1 - 4);
    g_assert_true(r.ok);
    g_assert_cmpuint(r.docs->len, ==, 2);
    g_assert_cmpuint(r.warnings->len, ==, 0);
}

static void
test_hostile(void)
{
    /* Nesting past cJSON's limit, a huge string, NUL bytes, a lone
     * surrogate: warnings or documents, never a crash. */
    GString *text = g_string_new(NULL);
    for (int i = 0; i < 5000; i++)
        g_string_append_c(text, '[');
    g_string_append_c(text, '\n');
    g_string_append(text, "{\"text\": \"");
    for (int i = 0; i < 100000; i++)
        g_string_append(text, "Lorem ipsum. ");
    g_string_append(text, "\"}\n");
    g_string_append_len(text, "{\"text\": \"a\0b\"}\n", 17);
    g_string_append(text, "{\"text\": \"x \\ud800 y\"}\n");
    g_auto(Read) r = {0};
    read_records(&r, "h.jsonl", text->str, text->len);
    g_string_free(text, TRUE);
    g_assert_true(r.ok);
    /* cJSON ends a string value at a NUL byte: "a" is the text. */
    g_assert_cmpuint(r.docs->len, ==, 2);
    g_assert_cmpstr(doc_at(&r, 1)->text, ==, "a");
    g_assert_cmpuint(r.warnings->len, ==, 2);
    g_assert_true(g_str_has_prefix(warning_at(&r, 0), "factcheck: 'h.jsonl:1': malformed"));
    g_assert_true(g_str_has_prefix(warning_at(&r, 1), "factcheck: 'h.jsonl:4': malformed"));
}

static void
test_lines_name(void)
{
    g_assert_true(fc_records_is_lines_name("a.jsonl"));
    g_assert_true(fc_records_is_lines_name("a.NDJSON"));
    g_assert_true(fc_records_is_lines_name("dir/a.jsonl.gz"));
    g_assert_false(fc_records_is_lines_name("a.json"));
    g_assert_false(fc_records_is_lines_name("a.json.gz"));
    g_assert_false(fc_records_is_lines_name(".jsonl"));
}

int
main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    g_test_add_func("/records/lines", test_lines);
    g_test_add_func("/records/field-aliases", test_field_aliases);
    g_test_add_func("/records/array", test_array);
    g_test_add_func("/records/wrapped-array", test_wrapped_array);
    g_test_add_func("/records/single-record", test_single_record);
    g_test_add_func("/records/malformed-lines", test_malformed_lines);
    g_test_add_func("/records/warnings-capped", test_warnings_capped);
    g_test_add_func("/records/not-json", test_not_json);
    g_test_add_func("/records/lines-named-json", test_lines_named_json);
    g_test_add_func("/records/empty", test_empty);
    g_test_add_func("/records/text-repairs", test_text_repairs);
    g_test_add_func("/records/not-nul-terminated", test_not_nul_terminated);
    g_test_add_func("/records/hostile", test_hostile);
    g_test_add_func("/records/lines-name", test_lines_name);
    return g_test_run();
}
