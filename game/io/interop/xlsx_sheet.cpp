#include "io/interop/xlsx_sheet.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>
#include <stdexcept>

#include "io/interop/zip_archive.hpp"

namespace chronik::io {
namespace {

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

// No network, no external entities, no DTD loading; libxml2 limits entity expansion itself.
Doc parse_xml(const std::string& bytes, const std::string& what) {
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    (void)initialised;
    Doc doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    if (!doc || !xmlDocGetRootElement(doc.get()))
        throw std::runtime_error(what + " is not well-formed XML");
    return doc;
}

bool named(const xmlNode* n, const char* name) {
    return n->type == XML_ELEMENT_NODE &&
           std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string attribute(xmlNode* n, const char* name) {
    xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string out(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

std::string content(xmlNode* n) {
    xmlChar* v = xmlNodeGetContent(n);
    if (!v) return {};
    std::string out(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

// The text of an <si> or <is>: every <t>, in order, leaving out phonetic runs (<rPh>).
std::string rich_text(xmlNode* n) {
    std::string out;
    for (xmlNode* c = n->children; c; c = c->next) {
        if (named(c, "t"))
            out += content(c);
        else if (named(c, "r"))
            out += rich_text(c);
    }
    return out;
}

// "B12" -> column 1 (A = 0); -1 when it has no letters.
int column_of(const std::string& ref) {
    int col = 0;
    std::size_t i = 0;
    for (; i < ref.size() && ref[i] >= 'A' && ref[i] <= 'Z'; ++i) {
        col = col * 26 + (ref[i] - 'A' + 1);
        if (col > 1'000'000) return -1;
    }
    return i == 0 ? -1 : col - 1;
}

std::string first_sheet_path(const ZipArchive& zip) {
    std::string fallback = "xl/worksheets/sheet1.xml";
    if (!zip.has("xl/workbook.xml") || !zip.has("xl/_rels/workbook.xml.rels")) {
        if (zip.has(fallback)) return fallback;
        throw std::runtime_error(zip.name() + ": not an Excel workbook (no xl/workbook.xml)");
    }
    const auto book =
        parse_xml(zip.read("xl/workbook.xml", kMaxSheetXmlBytes), zip.name() + ": xl/workbook.xml");
    std::string rel;
    for (xmlNode* n = xmlDocGetRootElement(book.get())->children; n && rel.empty(); n = n->next)
        if (named(n, "sheets"))
            for (xmlNode* s = n->children; s; s = s->next)
                if (named(s, "sheet")) {
                    // r:id is namespaced; xmlGetProp matches the local name "id".
                    rel = attribute(s, "id");
                    break;
                }
    if (rel.empty()) throw std::runtime_error(zip.name() + ": the workbook has no sheet");
    const auto rels = parse_xml(zip.read("xl/_rels/workbook.xml.rels", kMaxSheetXmlBytes),
                                zip.name() + ": xl/_rels/workbook.xml.rels");
    for (xmlNode* n = xmlDocGetRootElement(rels.get())->children; n; n = n->next) {
        if (!named(n, "Relationship") || attribute(n, "Id") != rel) continue;
        std::string target = attribute(n, "Target");
        if (!target.empty() && target[0] == '/') return target.substr(1);
        return "xl/" + target;
    }
    if (zip.has(fallback)) return fallback;
    throw std::runtime_error(zip.name() + ": the workbook's first sheet is missing");
}

std::vector<SheetRow> read_sheet(const ZipArchive& zip) {
    std::vector<std::string> shared;
    if (zip.has("xl/sharedStrings.xml")) {
        const auto doc = parse_xml(zip.read("xl/sharedStrings.xml", kMaxSheetXmlBytes),
                                   zip.name() + ": xl/sharedStrings.xml");
        for (xmlNode* n = xmlDocGetRootElement(doc.get())->children; n; n = n->next)
            if (named(n, "si")) shared.push_back(rich_text(n));
    }
    const std::string path = first_sheet_path(zip);
    const auto doc = parse_xml(zip.read(path, kMaxSheetXmlBytes), zip.name() + ": " + path);
    std::vector<SheetRow> rows;
    for (xmlNode* data = xmlDocGetRootElement(doc.get())->children; data; data = data->next) {
        if (!named(data, "sheetData")) continue;
        int next_row = 1;
        for (xmlNode* r = data->children; r; r = r->next) {
            if (!named(r, "row")) continue;
            SheetRow row;
            const std::string number = attribute(r, "r");
            row.number = number.empty() ? next_row : std::atoi(number.c_str());
            next_row = row.number + 1;
            int next_col = 0;
            for (xmlNode* c = r->children; c; c = c->next) {
                if (!named(c, "c")) continue;
                const std::string ref = attribute(c, "r");
                const int col = ref.empty() ? next_col : column_of(ref);
                next_col = col + 1;
                if (col < 0) continue;
                if (static_cast<std::size_t>(col) >= kMaxSheetColumns)
                    throw std::runtime_error(zip.name() + ": " + path + ": more than " +
                                             std::to_string(kMaxSheetColumns) +
                                             " columns; refused");
                const std::string type = attribute(c, "t");
                std::string value;
                for (xmlNode* v = c->children; v; v = v->next) {
                    if (type == "inlineStr" && named(v, "is")) value = rich_text(v);
                    if (named(v, "v")) value = content(v);
                }
                if (type == "s") {
                    const long index = std::atol(value.c_str());
                    value = index >= 0 && static_cast<std::size_t>(index) < shared.size()
                                ? shared[static_cast<std::size_t>(index)]
                                : std::string();
                } else if (type == "b") {
                    value = value == "1" ? "TRUE" : "FALSE";
                }
                if (row.cells.size() <= static_cast<std::size_t>(col))
                    row.cells.resize(static_cast<std::size_t>(col) + 1);
                row.cells[static_cast<std::size_t>(col)] = value;
            }
            bool empty = true;
            for (const auto& cell : row.cells)
                empty = empty && cell.find_first_not_of(" \t\r\n") == std::string::npos;
            if (empty) continue;
            if (rows.size() == kMaxSheetRows)
                throw std::runtime_error(zip.name() + ": more than " +
                                         std::to_string(kMaxSheetRows) + " rows; refused");
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

}  // namespace

std::vector<SheetRow> read_first_sheet(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        throw std::runtime_error(file.string() + ": no such file");
    return read_sheet(ZipArchive::open(file));
}

std::vector<SheetRow> read_first_sheet_bytes(std::string bytes, const std::string& name) {
    return read_sheet(ZipArchive::from_bytes(std::move(bytes), name));
}

}  // namespace chronik::io
