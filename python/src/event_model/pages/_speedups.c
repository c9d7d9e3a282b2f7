/*
 * Compiled inner loops of page conversion: rows -> columns (packing) and
 * columns -> rows (unpacking).
 *
 * Why this is hand-written C: packing and unpacking touch every event of a page
 * several times when written in Python, even with C-level map/itemgetter passes,
 * and each pass over thousands of separately allocated dicts costs about the same
 * as the work itself. Here every row is visited once. The two functions know only
 * the shape of a page (an owner, flat per-row fields, groups of named columns),
 * which the Python callers describe from their PageLayout; they never raise for
 * malformed input. Whenever a row or page is not the plain case they handle
 * (a dict where a dict belongs, every key present, equal owners, columns long
 * enough), they return None and the Python implementation, which names the
 * problem in its error, takes over. They read their inputs and never change them.
 * Building is optional (see pyproject.toml): without a compiler the package falls
 * back to the Python implementation, which gives the same results.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Fetch row[key] as a new reference; NULL (no error set) when absent or on error. */
static PyObject *
lookup(PyObject *row, PyObject *key)
{
    PyObject *value = PyDict_GetItemWithError(row, key);
    if (value == NULL) {
        PyErr_Clear();
        return NULL;
    }
    Py_INCREF(value);
    return value;
}

/* The keys of an exact dict, as a new tuple in the dict's order. NULL with an error set
 * on failure; NULL with no error set if a key is not an exact str. Keeping to str keys
 * means that looking them up and storing them never runs Python code (a key's __eq__
 * or __hash__), which could change the pages while entries are borrowed from them. */
static PyObject *
keys_of(PyObject *dict)
{
    Py_ssize_t position = 0, index = 0;
    PyObject *key, *value;
    PyObject *keys = PyTuple_New(PyDict_GET_SIZE(dict));
    if (keys == NULL) {
        return NULL;
    }
    while (index < PyTuple_GET_SIZE(keys) && PyDict_Next(dict, &position, &key, &value)) {
        if (!PyUnicode_CheckExact(key)) {
            Py_DECREF(keys);
            return NULL;
        }
        Py_INCREF(key);
        PyTuple_SET_ITEM(keys, index, key);
        index++;
    }
    if (index != PyTuple_GET_SIZE(keys)) {
        Py_DECREF(keys);
        PyErr_SetString(PyExc_RuntimeError, "dict changed size while its keys were read");
        return NULL;
    }
    return keys;
}

/* The group `key` of `row` as a new reference to an exact dict, or NULL. An absent
 * optional group reads as `empty`. */
static PyObject *
group_of(PyObject *row, PyObject *key, int optional, PyObject *empty)
{
    PyObject *group = lookup(row, key);
    if (group == NULL) {
        if (!optional) {
            return NULL;
        }
        Py_INCREF(empty);
        return empty;
    }
    if (!PyDict_CheckExact(group)) {
        Py_DECREF(group);
        return NULL;
    }
    return group;
}

/* The keys of the group `name` of the first row or page, as keys_of gives them: NULL
 * with no error set when the group is absent (and not optional), not a dict, or has a
 * key that is not a str. */
static PyObject *
first_group_keys(PyObject *first, PyObject *name, int optional, PyObject *empty)
{
    PyObject *group = group_of(first, name, optional, empty);
    if (group == NULL) {
        return NULL;
    }
    PyObject *keys = keys_of(group);
    Py_DECREF(group);
    return keys;
}

/* A tuple of `how_many` new lists of `length` items each, all still NULL. */
static PyObject *
new_lists(Py_ssize_t how_many, Py_ssize_t length)
{
    PyObject *lists = PyTuple_New(how_many);
    if (lists == NULL) {
        return NULL;
    }
    for (Py_ssize_t i = 0; i < how_many; i++) {
        PyObject *list = PyList_New(length);
        if (list == NULL) {
            Py_DECREF(lists);
            return NULL;
        }
        PyTuple_SET_ITEM(lists, i, list);
    }
    return lists;
}

/* Per group a new dict {key: list}, from a tuple of key tuples and a tuple of list tuples. */
static PyObject *
columns_by_key(PyObject *group_keys, PyObject *group_lists)
{
    PyObject *group_dicts = PyTuple_New(PyTuple_GET_SIZE(group_keys));
    if (group_dicts == NULL) {
        return NULL;
    }
    for (Py_ssize_t g = 0; g < PyTuple_GET_SIZE(group_keys); g++) {
        PyObject *keys = PyTuple_GET_ITEM(group_keys, g);
        PyObject *lists = PyTuple_GET_ITEM(group_lists, g);
        PyObject *columns = PyDict_New();
        if (columns == NULL) {
            Py_DECREF(group_dicts);
            return NULL;
        }
        PyTuple_SET_ITEM(group_dicts, g, columns);
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(keys); k++) {
            if (PyDict_SetItem(columns, PyTuple_GET_ITEM(keys, k), PyTuple_GET_ITEM(lists, k)) < 0) {
                Py_DECREF(group_dicts);
                return NULL;
            }
        }
    }
    return group_dicts;
}

PyDoc_STRVAR(collect_columns_doc,
"collect_columns(rows, owner, fields, groups, optional_group)\n--\n\n"
"Transpose rows (dicts) into (owner value, [column per field], [columns per group]).\n\n"
"Every row must hold an owner equal to the last row's, every field, and every group\n"
"as a dict with the first row's keys (an absent optional_group counts as empty).\n"
"Returns None when that does not hold; the caller then finds and names the problem.");

static PyObject *
collect_columns(PyObject *module, PyObject *args)
{
    PyObject *rows_arg, *owner_key, *fields, *groups, *optional_key;
    if (!PyArg_ParseTuple(args, "OUO!O!O:collect_columns", &rows_arg, &owner_key,
                          &PyTuple_Type, &fields, &PyTuple_Type, &groups, &optional_key)) {
        return NULL;
    }
    PyObject *rows = PySequence_Tuple(rows_arg);  /* a snapshot: `rows_arg` as it is now */
    if (rows == NULL) {
        return NULL;
    }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(rows);
    Py_ssize_t field_count = PyTuple_GET_SIZE(fields);
    Py_ssize_t group_count = PyTuple_GET_SIZE(groups);
    PyObject *empty = PyDict_New();
    PyObject *field_lists = NULL;                       /* tuple of lists */
    PyObject *group_keys = PyTuple_New(group_count);    /* tuple of key tuples */
    PyObject *group_lists = PyTuple_New(group_count);   /* tuple of tuples of lists */
    PyObject *owner = NULL, *result = NULL, *group_dicts = NULL;
    int *optional = PyMem_New(int, group_count > 0 ? group_count : 1);
    if (empty == NULL || group_keys == NULL || group_lists == NULL || optional == NULL) {
        if (optional == NULL) {
            PyErr_NoMemory();
        }
        goto done;
    }
    for (Py_ssize_t g = 0; g < group_count; g++) {
        optional[g] = PyObject_RichCompareBool(PyTuple_GET_ITEM(groups, g), optional_key, Py_EQ);
        if (optional[g] < 0) {
            goto done;
        }
    }
    if (count == 0) {
        goto unsupported;
    }
    PyObject **items = PySequence_Fast_ITEMS(rows);
    field_lists = new_lists(field_count, count);
    if (field_lists == NULL) {
        goto done;
    }
    /* The first row fixes each group's keys. */
    if (!PyDict_CheckExact(items[0])) {
        goto unsupported;
    }
    for (Py_ssize_t g = 0; g < group_count; g++) {
        PyObject *keys = first_group_keys(items[0], PyTuple_GET_ITEM(groups, g), optional[g], empty);
        if (keys == NULL) {
            if (PyErr_Occurred()) {
                goto done;
            }
            goto unsupported;
        }
        PyTuple_SET_ITEM(group_keys, g, keys);
        PyObject *lists = new_lists(PyTuple_GET_SIZE(keys), count);
        if (lists == NULL) {
            goto done;
        }
        PyTuple_SET_ITEM(group_lists, g, lists);
    }
    /* Rows are filled from the last, whose owner every row must equal. */
    if (!PyDict_CheckExact(items[count - 1])) {
        goto unsupported;
    }
    owner = lookup(items[count - 1], owner_key);
    if (owner == NULL) {
        goto unsupported;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *row = items[i];
        if (!PyDict_CheckExact(row)) {
            goto unsupported;
        }
        Py_INCREF(row);  /* kept alive should an __eq__ below drop it from `rows_arg` */
        PyObject *row_owner = lookup(row, owner_key);
        if (row_owner == NULL) {
            Py_DECREF(row);
            goto unsupported;
        }
        int same = PyObject_RichCompareBool(row_owner, owner, Py_EQ);
        Py_DECREF(row_owner);
        if (same != 1) {
            Py_DECREF(row);
            if (same < 0) {
                PyErr_Clear();
            }
            goto unsupported;
        }
        for (Py_ssize_t f = 0; f < field_count; f++) {
            PyObject *value = lookup(row, PyTuple_GET_ITEM(fields, f));
            if (value == NULL) {
                Py_DECREF(row);
                goto unsupported;
            }
            PyList_SET_ITEM(PyTuple_GET_ITEM(field_lists, f), i, value);
        }
        for (Py_ssize_t g = 0; g < group_count; g++) {
            PyObject *keys = PyTuple_GET_ITEM(group_keys, g);
            PyObject *lists = PyTuple_GET_ITEM(group_lists, g);
            PyObject *group = group_of(row, PyTuple_GET_ITEM(groups, g), optional[g], empty);
            if (group == NULL) {
                Py_DECREF(row);
                goto unsupported;
            }
            Py_ssize_t width = PyTuple_GET_SIZE(keys);
            if (PyDict_GET_SIZE(group) != width) {
                Py_DECREF(group);
                Py_DECREF(row);
                goto unsupported;
            }
            for (Py_ssize_t k = 0; k < width; k++) {
                PyObject *value = lookup(group, PyTuple_GET_ITEM(keys, k));
                if (value == NULL) {
                    Py_DECREF(group);
                    Py_DECREF(row);
                    goto unsupported;
                }
                PyList_SET_ITEM(PyTuple_GET_ITEM(lists, k), i, value);
            }
            Py_DECREF(group);
        }
        Py_DECREF(row);
    }
    group_dicts = columns_by_key(group_keys, group_lists);
    if (group_dicts == NULL) {
        goto done;
    }
    result = PyTuple_Pack(3, owner, field_lists, group_dicts);
    goto done;
unsupported:
    result = Py_None;
    Py_INCREF(result);
done:
    /* Lists not yet filled hold NULL items, which list deallocation skips. */
    Py_DECREF(rows);
    PyMem_Free(optional);
    Py_XDECREF(empty);
    Py_XDECREF(field_lists);
    Py_XDECREF(group_keys);
    Py_XDECREF(group_lists);
    Py_XDECREF(group_dicts);
    Py_XDECREF(owner);
    return result;
}

/* Append entries [start, stop) of `column` (clipped to its length, as a slice is) to
 * `joined` from index *filled on. Returns 0, or -1 when `column` is not a list or tuple
 * or `joined` (of length `total`) would overflow; no error is set. */
static int
append_entries(PyObject *joined, Py_ssize_t *filled, Py_ssize_t total, PyObject *column,
               Py_ssize_t start, Py_ssize_t stop)
{
    if (!PyList_CheckExact(column) && !PyTuple_CheckExact(column)) {
        return -1;
    }
    Py_ssize_t size = PySequence_Fast_GET_SIZE(column);
    PyObject **entries = PySequence_Fast_ITEMS(column);
    if (stop < 0 || stop > size) {
        stop = size;
    }
    if (start > stop) {
        start = stop;
    }
    if (*filled + (stop - start) > total) {
        return -1;
    }
    for (Py_ssize_t i = start; i < stop; i++) {
        Py_INCREF(entries[i]);
        PyList_SET_ITEM(joined, *filled, entries[i]);
        (*filled)++;
    }
    return 0;
}

PyDoc_STRVAR(concatenate_pages_doc,
"concatenate_pages(pages, owner, fields, groups, optional_group, keyed_like, total,\n"
"                  head_start, head_stop, tail_start, tail_stop)\n--\n\n"
"Join the rows of two or more pages (dicts) into (owner, [field columns], [group dicts]).\n\n"
"Every page must hold the first page's owner, every field as a list or tuple, and each\n"
"group as a dict with the first page's keys (an absent optional_group counts as empty;\n"
"the group keyed_like[0] takes the keys of keyed_like[1] and may hold more). Rows\n"
"[head_start, head_stop) of the first page and [tail_start, tail_stop) of the last are\n"
"taken (a stop of -1: to the end), all rows of the others, and every column must come to\n"
"`total` entries. Returns None when that does not hold.");

static PyObject *
concatenate_pages(PyObject *module, PyObject *args)
{
    PyObject *pages_arg, *owner_key, *fields, *groups, *optional_key, *keyed_like;
    Py_ssize_t total, head_start, head_stop, tail_start, tail_stop;
    if (!PyArg_ParseTuple(args, "OUO!O!OOnnnnn:concatenate_pages", &pages_arg, &owner_key,
                          &PyTuple_Type, &fields, &PyTuple_Type, &groups, &optional_key,
                          &keyed_like, &total, &head_start, &head_stop, &tail_start,
                          &tail_stop)) {
        return NULL;
    }
    if (keyed_like != Py_None && (!PyTuple_Check(keyed_like) || PyTuple_GET_SIZE(keyed_like) != 2)) {
        PyErr_SetString(PyExc_TypeError, "keyed_like must be None or a (group, model) tuple");
        return NULL;
    }
    if (total < 0) {
        PyErr_SetString(PyExc_ValueError, "total must not be negative");
        return NULL;
    }
    PyObject *pages = PySequence_Tuple(pages_arg);  /* a snapshot: `pages_arg` as it is now */
    if (pages == NULL) {
        return NULL;
    }
    Py_ssize_t count = PySequence_Fast_GET_SIZE(pages);
    PyObject **items = PySequence_Fast_ITEMS(pages);
    Py_ssize_t field_count = PyTuple_GET_SIZE(fields);
    Py_ssize_t group_count = PyTuple_GET_SIZE(groups);
    PyObject *empty = PyDict_New();
    PyObject *field_lists = new_lists(field_count, total);
    PyObject *group_keys = PyTuple_New(group_count);
    PyObject *group_lists = PyTuple_New(group_count);
    PyObject *owner = NULL, *result = NULL, *group_dicts = NULL;
    int *optional = PyMem_New(int, group_count > 0 ? group_count : 1);
    int *keyed = PyMem_New(int, group_count > 0 ? group_count : 1);
    Py_ssize_t column_count = field_count;
    Py_ssize_t *filled = NULL;
    if (empty == NULL || field_lists == NULL || group_keys == NULL || group_lists == NULL
        || optional == NULL || keyed == NULL) {
        if (optional == NULL || keyed == NULL) {
            PyErr_NoMemory();
        }
        goto done;
    }
    if (count < 2) {
        goto unsupported;
    }
    for (Py_ssize_t p = 0; p < count; p++) {
        if (!PyDict_CheckExact(items[p])) {
            goto unsupported;
        }
    }
    for (Py_ssize_t g = 0; g < group_count; g++) {
        PyObject *name = PyTuple_GET_ITEM(groups, g);
        optional[g] = PyObject_RichCompareBool(name, optional_key, Py_EQ);
        keyed[g] = keyed_like == Py_None
            ? 0 : PyObject_RichCompareBool(name, PyTuple_GET_ITEM(keyed_like, 0), Py_EQ);
        if (optional[g] < 0 || keyed[g] < 0) {
            goto done;
        }
    }
    /* The first page fixes each group's keys (a keyed_like group: its model's keys). */
    for (Py_ssize_t g = 0; g < group_count; g++) {
        PyObject *name = PyTuple_GET_ITEM(groups, g);
        int model_optional = optional[g];
        if (keyed[g]) {
            name = PyTuple_GET_ITEM(keyed_like, 1);
            model_optional = PyObject_RichCompareBool(name, optional_key, Py_EQ);
            if (model_optional < 0) {
                goto done;
            }
        }
        PyObject *keys = first_group_keys(items[0], name, model_optional, empty);
        if (keys == NULL) {
            if (PyErr_Occurred()) {
                goto done;
            }
            goto unsupported;
        }
        PyTuple_SET_ITEM(group_keys, g, keys);
        PyObject *lists = new_lists(PyTuple_GET_SIZE(keys), total);
        if (lists == NULL) {
            goto done;
        }
        PyTuple_SET_ITEM(group_lists, g, lists);
        column_count += PyTuple_GET_SIZE(keys);
    }
    filled = PyMem_New(Py_ssize_t, column_count > 0 ? column_count : 1);
    if (filled == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t c = 0; c < column_count; c++) {
        filled[c] = 0;
    }
    owner = lookup(items[0], owner_key);
    if (owner == NULL) {
        goto unsupported;
    }
    for (Py_ssize_t p = 0; p < count; p++) {
        PyObject *page = items[p];
        Py_ssize_t start = 0, stop = -1;
        if (p == 0) {
            start = head_start;
            stop = head_stop;
        }
        else if (p == count - 1) {
            start = tail_start;
            stop = tail_stop;
        }
        Py_INCREF(page);  /* kept alive should an __eq__ below drop it from `pages_arg` */
        PyObject *page_owner = lookup(page, owner_key);
        int same = page_owner == NULL ? 0 : PyObject_RichCompareBool(page_owner, owner, Py_EQ);
        Py_XDECREF(page_owner);
        if (same != 1) {
            PyErr_Clear();
            Py_DECREF(page);
            goto unsupported;
        }
        Py_ssize_t c = 0;
        for (Py_ssize_t f = 0; f < field_count; f++, c++) {
            PyObject *column = lookup(page, PyTuple_GET_ITEM(fields, f));
            int failed = column == NULL
                || append_entries(PyTuple_GET_ITEM(field_lists, f), &filled[c], total, column,
                                  start, stop) < 0;
            Py_XDECREF(column);
            if (failed) {
                Py_DECREF(page);
                goto unsupported;
            }
        }
        for (Py_ssize_t g = 0; g < group_count; g++) {
            PyObject *keys = PyTuple_GET_ITEM(group_keys, g);
            PyObject *lists = PyTuple_GET_ITEM(group_lists, g);
            Py_ssize_t width = PyTuple_GET_SIZE(keys);
            PyObject *group = group_of(page, PyTuple_GET_ITEM(groups, g), optional[g], empty);
            if (group == NULL || (!keyed[g] && PyDict_GET_SIZE(group) != width)) {
                Py_XDECREF(group);
                Py_DECREF(page);
                goto unsupported;
            }
            for (Py_ssize_t k = 0; k < width; k++, c++) {
                PyObject *column = lookup(group, PyTuple_GET_ITEM(keys, k));
                int failed = column == NULL
                    || append_entries(PyTuple_GET_ITEM(lists, k), &filled[c], total, column,
                                      start, stop) < 0;
                Py_XDECREF(column);
                if (failed) {
                    Py_DECREF(group);
                    Py_DECREF(page);
                    goto unsupported;
                }
            }
            Py_DECREF(group);
        }
        Py_DECREF(page);
    }
    for (Py_ssize_t c = 0; c < column_count; c++) {
        if (filled[c] != total) {
            goto unsupported;
        }
    }
    group_dicts = columns_by_key(group_keys, group_lists);
    if (group_dicts == NULL) {
        goto done;
    }
    result = PyTuple_Pack(3, owner, field_lists, group_dicts);
    goto done;
unsupported:
    result = Py_None;
    Py_INCREF(result);
done:
    Py_DECREF(pages);
    PyMem_Free(optional);
    PyMem_Free(keyed);
    PyMem_Free(filled);
    Py_XDECREF(empty);
    Py_XDECREF(field_lists);
    Py_XDECREF(group_keys);
    Py_XDECREF(group_lists);
    Py_XDECREF(group_dicts);
    Py_XDECREF(owner);
    return result;
}

PyDoc_STRVAR(cut_page_doc,
"cut_page(page, owner, fields, groups, optional_group, first, count, size)\n--\n\n"
"Cut `count` pages of rows [first + i * size, first + (i + 1) * size) from one page.\n\n"
"Each new page lists the owner, the fields and the groups in that order, each column\n"
"cut as slicing cuts it. Every field must be a list or tuple, every group a dict (an\n"
"absent optional_group counts as empty) of such columns under str keys. Returns None\n"
"when that does not hold.");

static PyObject *
cut_page(PyObject *module, PyObject *args)
{
    PyObject *page_arg, *owner_key, *fields, *groups, *optional_key;
    Py_ssize_t first, count, size;
    if (!PyArg_ParseTuple(args, "OUO!O!Onnn:cut_page", &page_arg, &owner_key, &PyTuple_Type,
                          &fields, &PyTuple_Type, &groups, &optional_key, &first, &count,
                          &size)) {
        return NULL;
    }
    if (first < 0 || count < 0 || size < 1) {
        PyErr_SetString(PyExc_ValueError, "first and count must not be negative, size positive");
        return NULL;
    }
    Py_ssize_t field_count = PyTuple_GET_SIZE(fields);
    Py_ssize_t group_count = PyTuple_GET_SIZE(groups);
    PyObject *page = page_arg;  /* held (a new reference) until the columns are taken */
    Py_INCREF(page);
    /* Per field its column; per group a (row template, keys, columns) tuple. */
    PyObject *field_columns = PyTuple_New(field_count);
    PyObject *group_parts = PyTuple_New(group_count);
    PyObject *template = PyDict_New();
    PyObject *empty = PyDict_New();
    PyObject *owner = NULL, *group = NULL, *pieces = NULL, *result = NULL;
    int collector_was_enabled = 0;
    if (field_columns == NULL || group_parts == NULL || template == NULL || empty == NULL) {
        goto done;
    }
    if (!PyDict_CheckExact(page)) {
        goto unsupported;
    }
    owner = lookup(page, owner_key);
    if (owner == NULL) {
        goto unsupported;
    }
    if (PyDict_SetItem(template, owner_key, Py_None) < 0) {
        goto done;
    }
    for (Py_ssize_t f = 0; f < field_count; f++) {
        PyObject *column = lookup(page, PyTuple_GET_ITEM(fields, f));
        if (column == NULL) {
            goto unsupported;
        }
        PyTuple_SET_ITEM(field_columns, f, column);
        if (!PyList_CheckExact(column) && !PyTuple_CheckExact(column)) {
            goto unsupported;
        }
        if (PyDict_SetItem(template, PyTuple_GET_ITEM(fields, f), Py_None) < 0) {
            goto done;
        }
    }
    for (Py_ssize_t g = 0; g < group_count; g++) {
        PyObject *name = PyTuple_GET_ITEM(groups, g);
        int optional = PyObject_RichCompareBool(name, optional_key, Py_EQ);
        if (optional < 0) {
            goto done;
        }
        group = group_of(page, name, optional, empty);
        if (group == NULL) {
            goto unsupported;
        }
        PyObject *part = PyTuple_New(3);
        if (part == NULL) {
            goto done;
        }
        PyTuple_SET_ITEM(group_parts, g, part);
        PyObject *keys = keys_of(group);
        if (keys == NULL) {
            if (PyErr_Occurred()) {
                goto done;
            }
            goto unsupported;
        }
        PyTuple_SET_ITEM(part, 1, keys);
        PyObject *group_template = PyDict_New();
        if (group_template == NULL) {
            goto done;
        }
        PyTuple_SET_ITEM(part, 0, group_template);
        PyObject *columns = PyTuple_New(PyTuple_GET_SIZE(keys));
        if (columns == NULL) {
            goto done;
        }
        PyTuple_SET_ITEM(part, 2, columns);
        if (PyDict_SetItem(template, name, Py_None) < 0) {
            goto done;
        }
        for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(keys); k++) {
            PyObject *column = lookup(group, PyTuple_GET_ITEM(keys, k));
            if (column == NULL) {
                goto unsupported;
            }
            PyTuple_SET_ITEM(columns, k, column);
            if (!PyList_CheckExact(column) && !PyTuple_CheckExact(column)) {
                goto unsupported;
            }
            if (PyDict_SetItem(group_template, PyTuple_GET_ITEM(keys, k), Py_None) < 0) {
                goto done;
            }
        }
        Py_CLEAR(group);
    }
    Py_CLEAR(page);
    pieces = PyList_New(count);
    if (pieces == NULL) {
        goto done;
    }
    /* New dicts and slices only, which cannot form cycles: see build_rows. */
    collector_was_enabled = PyGC_Disable();
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t start = first + i * size, stop = start + size;
        PyObject *piece = PyDict_Copy(template);
        if (piece == NULL) {
            goto done;
        }
        PyList_SET_ITEM(pieces, i, piece);
        if (PyDict_SetItem(piece, owner_key, owner) < 0) {
            goto done;
        }
        for (Py_ssize_t f = 0; f < field_count; f++) {
            PyObject *column = PyTuple_GET_ITEM(field_columns, f);
            PyObject *cut = PyList_CheckExact(column)
                ? PyList_GetSlice(column, start, stop) : PyTuple_GetSlice(column, start, stop);
            int failed = cut == NULL || PyDict_SetItem(piece, PyTuple_GET_ITEM(fields, f), cut) < 0;
            Py_XDECREF(cut);
            if (failed) {
                goto done;
            }
        }
        for (Py_ssize_t g = 0; g < group_count; g++) {
            PyObject *part = PyTuple_GET_ITEM(group_parts, g);
            PyObject *keys = PyTuple_GET_ITEM(part, 1);
            PyObject *columns = PyTuple_GET_ITEM(part, 2);
            PyObject *cut_group = PyDict_Copy(PyTuple_GET_ITEM(part, 0));
            if (cut_group == NULL) {
                goto done;
            }
            int failed = PyDict_SetItem(piece, PyTuple_GET_ITEM(groups, g), cut_group) < 0;
            Py_DECREF(cut_group);  /* `piece` holds it now, or it is gone */
            if (failed) {
                goto done;
            }
            for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(keys); k++) {
                PyObject *column = PyTuple_GET_ITEM(columns, k);
                PyObject *cut = PyList_CheckExact(column)
                    ? PyList_GetSlice(column, start, stop) : PyTuple_GetSlice(column, start, stop);
                failed = cut == NULL || PyDict_SetItem(cut_group, PyTuple_GET_ITEM(keys, k), cut) < 0;
                Py_XDECREF(cut);
                if (failed) {
                    goto done;
                }
            }
        }
    }
    result = pieces;
    pieces = NULL;
    goto done;
unsupported:
    result = Py_None;
    Py_INCREF(result);
done:
    if (collector_was_enabled) {
        PyGC_Enable();
    }
    Py_XDECREF(page);
    Py_XDECREF(group);
    Py_XDECREF(field_columns);
    Py_XDECREF(group_parts);
    Py_XDECREF(template);
    Py_XDECREF(empty);
    Py_XDECREF(owner);
    Py_XDECREF(pieces);
    return result;
}

/* The length of `column` if it is a list or tuple, else -1. */
static Py_ssize_t
plain_length(PyObject *column)
{
    if (PyList_CheckExact(column) || PyTuple_CheckExact(column)) {
        return PySequence_Fast_GET_SIZE(column);
    }
    return -1;
}

PyDoc_STRVAR(plain_rows_doc,
"plain_rows(page, owner, fields, groups, optional_group)\n--\n\n"
"The number of rows of a plain page, or None.\n\n"
"Plain: an exact dict holding the owner, every field as a list or tuple and every group\n"
"as an exact dict of lists or tuples (an absent optional_group counts as empty; None:\n"
"every group is required), all of one length. Reads the page and never runs Python code.");

static PyObject *
plain_rows(PyObject *module, PyObject *args)
{
    PyObject *page, *owner_key, *fields, *groups, *optional_key;
    if (!PyArg_ParseTuple(args, "OUO!O!O:plain_rows", &page, &owner_key, &PyTuple_Type, &fields,
                          &PyTuple_Type, &groups, &optional_key)) {
        return NULL;
    }
    if (!PyDict_CheckExact(page) || PyTuple_GET_SIZE(fields) == 0) {
        Py_RETURN_NONE;
    }
    /* Borrowed references only: nothing below runs Python code that could drop them. */
    if (PyDict_GetItemWithError(page, owner_key) == NULL) {
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    Py_ssize_t rows = -1;
    for (Py_ssize_t f = 0; f < PyTuple_GET_SIZE(fields); f++) {
        PyObject *column = PyDict_GetItemWithError(page, PyTuple_GET_ITEM(fields, f));
        if (column == NULL) {
            PyErr_Clear();
            Py_RETURN_NONE;
        }
        Py_ssize_t length = plain_length(column);
        if (length < 0 || (rows >= 0 && length != rows)) {
            Py_RETURN_NONE;
        }
        rows = length;
    }
    for (Py_ssize_t g = 0; g < PyTuple_GET_SIZE(groups); g++) {
        PyObject *name = PyTuple_GET_ITEM(groups, g);
        PyObject *group = PyDict_GetItemWithError(page, name);
        if (group == NULL) {
            PyErr_Clear();
            if (optional_key != Py_None && PyUnicode_CheckExact(name) && PyUnicode_CheckExact(optional_key)
                && PyUnicode_Compare(name, optional_key) == 0) {
                continue;
            }
            Py_RETURN_NONE;
        }
        if (!PyDict_CheckExact(group)) {
            Py_RETURN_NONE;
        }
        Py_ssize_t position = 0;
        PyObject *key, *column;
        while (PyDict_Next(group, &position, &key, &column)) {
            if (plain_length(column) != rows) {
                Py_RETURN_NONE;
            }
        }
    }
    return PyLong_FromSsize_t(rows);
}

/* How build_rows fills one key of every row. */
enum part_kind { SAME = 0, COLUMN = 1, GROUP = 2 };

PyDoc_STRVAR(build_rows_doc,
"build_rows(parts, count)\n--\n\n"
"Build `count` new dicts, one per row, with the keys of `parts` in order.\n\n"
"`parts` is a tuple of (key, kind, value): kind 0 puts `value` in every row, kind 1\n"
"takes row i's entry of the sequence `value`, kind 2 (value a dict of columns) gives\n"
"every row a new dict of row i's entry of each column. Returns None when a group is\n"
"not a dict or a column has fewer than `count` entries.");

static PyObject *
build_rows(PyObject *module, PyObject *args)
{
    PyObject *parts;
    Py_ssize_t count;
    if (!PyArg_ParseTuple(args, "O!n:build_rows", &PyTuple_Type, &parts, &count)) {
        return NULL;
    }
    Py_ssize_t part_count = PyTuple_GET_SIZE(parts);
    /* Per part: its value (SAME), its entries (COLUMN), or (GROUP) a tuple of
     * (template row, tuple of keys, tuple of entry sequences). */
    PyObject *prepared = PyTuple_New(part_count);
    PyObject *template = PyDict_New();
    PyObject *rows = NULL, *result = NULL;
    int collector_was_enabled = 0;
    int *kinds = PyMem_New(int, part_count > 0 ? part_count : 1);
    if (prepared == NULL || template == NULL || kinds == NULL || count < 0) {
        if (kinds == NULL) {
            PyErr_NoMemory();
        }
        else if (count < 0) {
            PyErr_SetString(PyExc_ValueError, "count must not be negative");
        }
        goto done;
    }
    for (Py_ssize_t p = 0; p < part_count; p++) {
        PyObject *part = PyTuple_GET_ITEM(parts, p);
        if (!PyTuple_Check(part) || PyTuple_GET_SIZE(part) != 3) {
            PyErr_SetString(PyExc_TypeError, "each part must be a (key, kind, value) tuple");
            goto done;
        }
        PyObject *key = PyTuple_GET_ITEM(part, 0);
        long kind = PyLong_AsLong(PyTuple_GET_ITEM(part, 1));
        PyObject *value = PyTuple_GET_ITEM(part, 2);
        if (kind == -1 && PyErr_Occurred()) {
            goto done;
        }
        if (PyDict_SetItem(template, key, Py_None) < 0) {
            goto done;
        }
        kinds[p] = (int)kind;
        if (kind == SAME) {
            Py_INCREF(value);
            PyTuple_SET_ITEM(prepared, p, value);
        }
        else if (kind == COLUMN) {
            PyObject *entries = PySequence_Fast(value, "a column must be a sequence");
            if (entries == NULL) {
                PyErr_Clear();
                goto unsupported;
            }
            PyTuple_SET_ITEM(prepared, p, entries);
            if (PySequence_Fast_GET_SIZE(entries) < count) {
                goto unsupported;
            }
        }
        else if (kind == GROUP) {
            if (!PyDict_CheckExact(value)) {
                goto unsupported;
            }
            PyObject *keys = keys_of(value);
            if (keys == NULL) {
                if (PyErr_Occurred()) {
                    goto done;
                }
                goto unsupported;
            }
            Py_ssize_t width = PyTuple_GET_SIZE(keys);
            PyObject *columns = PyTuple_New(width);
            PyObject *row_template = PyDict_New();
            PyObject *group = PyTuple_New(3);
            if (columns == NULL || row_template == NULL || group == NULL) {
                Py_DECREF(keys);
                Py_XDECREF(columns);
                Py_XDECREF(row_template);
                Py_XDECREF(group);
                goto done;
            }
            PyTuple_SET_ITEM(group, 0, row_template);
            PyTuple_SET_ITEM(group, 1, keys);
            PyTuple_SET_ITEM(group, 2, columns);
            PyTuple_SET_ITEM(prepared, p, group);
            for (Py_ssize_t k = 0; k < width; k++) {
                PyObject *name = PyTuple_GET_ITEM(keys, k);
                PyObject *column = lookup(value, name);
                if (column == NULL) {
                    goto unsupported;
                }
                /* Iterating a column that is not a list or tuple runs its Python code. */
                PyObject *entries = PySequence_Fast(column, "a column must be a sequence");
                Py_DECREF(column);
                if (entries == NULL) {
                    PyErr_Clear();
                    goto unsupported;
                }
                PyTuple_SET_ITEM(columns, k, entries);
                if (PySequence_Fast_GET_SIZE(entries) < count) {
                    goto unsupported;
                }
                if (PyDict_SetItem(row_template, name, Py_None) < 0) {
                    goto done;
                }
            }
        }
        else {
            PyErr_SetString(PyExc_ValueError, "a part's kind must be 0, 1 or 2");
            goto done;
        }
    }
    rows = PyList_New(count);
    if (rows == NULL) {
        goto done;
    }
    /* The rows are new dicts that refer only to the inputs' values, so they cannot form
     * reference cycles among themselves. The cyclic garbage collector is paused while
     * they are built: otherwise every few hundred dicts it would start a collection
     * that walks the rows built so far, and the survivors of those collections soon
     * trigger full collections of the whole heap. It is resumed (if it was running)
     * before returning; the GIL is held throughout, so no other thread sees the pause. */
    collector_was_enabled = PyGC_Disable();
    for (Py_ssize_t i = 0; i < count; i++) {
        /* A copy of a template that already holds every key in order is quicker to
         * fill than a new dict that grows key by key. */
        PyObject *row = PyDict_Copy(template);
        if (row == NULL) {
            goto done;
        }
        PyList_SET_ITEM(rows, i, row);
        for (Py_ssize_t p = 0; p < part_count; p++) {
            PyObject *key = PyTuple_GET_ITEM(PyTuple_GET_ITEM(parts, p), 0);
            PyObject *source = PyTuple_GET_ITEM(prepared, p);
            PyObject *value;
            if (kinds[p] == SAME) {
                value = source;
                Py_INCREF(value);
            }
            else if (kinds[p] == COLUMN) {
                value = PySequence_Fast_ITEMS(source)[i];
                Py_INCREF(value);
            }
            else {
                PyObject *keys = PyTuple_GET_ITEM(source, 1);
                PyObject *columns = PyTuple_GET_ITEM(source, 2);
                value = PyDict_Copy(PyTuple_GET_ITEM(source, 0));
                if (value == NULL) {
                    goto done;
                }
                for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(keys); k++) {
                    PyObject *entry = PySequence_Fast_ITEMS(PyTuple_GET_ITEM(columns, k))[i];
                    if (PyDict_SetItem(value, PyTuple_GET_ITEM(keys, k), entry) < 0) {
                        Py_DECREF(value);
                        goto done;
                    }
                }
            }
            int failed = PyDict_SetItem(row, key, value);
            Py_DECREF(value);
            if (failed < 0) {
                goto done;
            }
        }
    }
    result = rows;
    rows = NULL;
    goto done;
unsupported:
    result = Py_None;
    Py_INCREF(result);
done:
    if (collector_was_enabled) {
        PyGC_Enable();
    }
    PyMem_Free(kinds);
    Py_XDECREF(prepared);
    Py_XDECREF(template);
    Py_XDECREF(rows);
    return result;
}

static PyMethodDef methods[] = {
    {"collect_columns", collect_columns, METH_VARARGS, collect_columns_doc},
    {"build_rows", build_rows, METH_VARARGS, build_rows_doc},
    {"concatenate_pages", concatenate_pages, METH_VARARGS, concatenate_pages_doc},
    {"cut_page", cut_page, METH_VARARGS, cut_page_doc},
    {"plain_rows", plain_rows, METH_VARARGS, plain_rows_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module_definition = {
    PyModuleDef_HEAD_INIT,
    "event_model.pages._speedups",
    "Compiled inner loops of packing and unpacking pages (optional; see pack.py).",
    -1,
    methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module_definition);
}
