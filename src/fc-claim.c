#include "fc-claim.h"

#include <string.h>

static const char *const fc_status_names[] = {
    "reported", "planned", "rumored", "estimated", "projected",
};

const char *
fc_status_name(FcStatus status)
{
    return fc_status_names[status];
}

gboolean
fc_status_is_told(FcStatus status)
{
    return status == FC_STATUS_REPORTED || status == FC_STATUS_RUMORED;
}

static const struct {
    guint flag;
    const char *name;
} fc_flag_names[] = {
    {FC_CLAIM_PRIOR, "prior"},
    {FC_CLAIM_CUMULATIVE, "cumulative"},
    {FC_CLAIM_REMAINDER, "remainder"},
    {FC_CLAIM_PRE_MONEY, "pre-money"},
    {FC_CLAIM_POST_MONEY, "post-money"},
    {FC_CLAIM_PARTIAL, "partial"},
    {FC_CLAIM_DEBT, "debt"},
    {FC_CLAIM_CREDITS, "credits"},
    {FC_CLAIM_SHARED, "shared"},
    {FC_CLAIM_SECONDARY, "secondary"},
    {FC_CLAIM_EXTENDED, "extended"},
    {FC_CLAIM_MARK, "mark"},
    {FC_CLAIM_SOLE, "sole"},
};

const char *
fc_claim_flag_name(guint flag)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_flag_names); i++)
        if (fc_flag_names[i].flag == flag)
            return fc_flag_names[i].name;
    return NULL;
}

guint
fc_claim_flag_parse(const char *name)
{
    for (guint i = 0; i < G_N_ELEMENTS(fc_flag_names); i++)
        if (strcmp(fc_flag_names[i].name, name) == 0)
            return fc_flag_names[i].flag;
    return 0;
}

FcClaim *
fc_claim_new(void)
{
    return g_new0(FcClaim, 1);
}

void
fc_claim_free(FcClaim *claim)
{
    if (claim == NULL)
        return;
    g_free(claim->value_text);
    g_free(claim->quote);
    if (claim->derived_from != NULL)
        g_ptr_array_unref(claim->derived_from);
    g_free(claim);
}

int
fc_claim_compare(const FcClaim *a, const FcClaim *b)
{
    if (a->doc_index != b->doc_index)
        return a->doc_index < b->doc_index ? -1 : 1;
    if (a->offset != b->offset)
        return a->offset < b->offset ? -1 : 1;
    int c = g_strcmp0(a->attribute, b->attribute);
    if (c != 0)
        return c;
    if ((c = g_strcmp0(a->entity, b->entity)) != 0)
        return c;
    if ((c = g_strcmp0(a->counterpart, b->counterpart)) != 0)
        return c;
    return g_strcmp0(a->value_text, b->value_text);
}

int
fc_claim_ptr_compare(gconstpointer a, gconstpointer b)
{
    return fc_claim_compare(*(const FcClaim *const *)a, *(const FcClaim *const *)b);
}

gboolean
fc_claim_same(const FcClaim *a, const FcClaim *b)
{
    return a->entity == b->entity && a->attribute == b->attribute &&
           a->counterpart == b->counterpart && a->doc_index == b->doc_index &&
           a->offset == b->offset && a->value_entity == b->value_entity &&
           a->value.low == b->value.low && a->value.high == b->value.high;
}

char *
fc_claim_value_label(const FcClaim *claim)
{
    if (claim->value.unit != FC_UNIT_NONE)
        return fc_value_format(&claim->value);
    return g_strdup(claim->value_entity != NULL ? claim->value_entity : claim->value_text);
}

FcTime
fc_claim_window(const FcClaim *claim, guint reach)
{
    if (claim->flags & FC_CLAIM_DATED)
        return claim->time;
    return fc_time_around(&claim->time, reach);
}
