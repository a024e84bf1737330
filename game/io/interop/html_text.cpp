#include "io/interop/html_text.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>

namespace chronik::io {
namespace {

bool is_block(const char* name) {
    static constexpr const char* kBlocks[] = {
        "p",      "div", "li", "ul", "ol",  "tr",         "table",      "h1",      "h2",
        "h3",     "h4",  "h5", "h6", "pre", "blockquote", "section",    "article", "header",
        "footer", "dl",  "dt", "dd", "hr",  "figure",     "figcaption", "address", "center"};
    for (const char* b : kBlocks)
        if (std::strcmp(name, b) == 0) return true;
    return false;
}

// Builds the text with browser-like whitespace: a pending space is written only before the next
// visible character, a line break replaces it.
class TextBuilder {
public:
    void text(std::string_view s) {
        for (char c : s) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                space_ = !out_.empty() && out_.back() != '\n';
                continue;
            }
            // Other control characters (NUL, U+0001, DEL, ...) have no place on a card.
            if (static_cast<unsigned char>(c) < 0x20 || c == '\x7f') continue;
            if (space_) out_ += ' ';
            space_ = false;
            out_ += c;
        }
    }
    void line_break() {
        space_ = false;
        out_ += '\n';
    }
    void block_edge() {
        if (!out_.empty() && out_.back() != '\n') line_break();
    }
    std::string finish() {
        // No-break spaces (U+00A0) are spaces on a card.
        std::string s;
        for (std::size_t i = 0; i < out_.size(); ++i) {
            if (out_[i] == '\xC2' && i + 1 < out_.size() && out_[i + 1] == '\xA0') {
                s += ' ';
                ++i;
            } else {
                s += out_[i];
            }
        }
        // Trim line ends, keep at most one empty line, trim the ends.
        std::string lines;
        std::size_t start = 0;
        int empty_run = 0;
        while (start <= s.size()) {
            auto nl = s.find('\n', start);
            if (nl == std::string::npos) nl = s.size();
            std::string_view line(s.data() + start, nl - start);
            while (!line.empty() && line.front() == ' ')
                line.remove_prefix(1);
            while (!line.empty() && line.back() == ' ')
                line.remove_suffix(1);
            if (line.empty()) {
                if (++empty_run == 1 && !lines.empty()) lines += '\n';
            } else {
                empty_run = 0;
                if (!lines.empty()) lines += '\n';
                lines += line;
            }
            start = nl + 1;
        }
        while (!lines.empty() && lines.back() == '\n')
            lines.pop_back();
        return lines;
    }

private:
    std::string out_;
    bool space_ = false;
};

std::string attribute(xmlNode* node, const char* name) {
    xmlChar* v = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    if (!v) return {};
    std::string out(reinterpret_cast<const char*>(v));
    xmlFree(v);
    return out;
}

// libxml2 limits the nesting it builds; the cap here keeps the recursion bounded regardless.
constexpr int kMaxDepth = 512;

void walk(xmlNode* node, TextBuilder& out, std::vector<std::string>& media, int depth) {
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content) out.text(reinterpret_cast<const char*>(node->content));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || !node->name) continue;
        const char* name = reinterpret_cast<const char*>(node->name);
        if (std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0) continue;
        if (std::strcmp(name, "br") == 0) {
            out.line_break();
            continue;
        }
        if (std::strcmp(name, "img") == 0 || std::strcmp(name, "audio") == 0 ||
            std::strcmp(name, "video") == 0 || std::strcmp(name, "source") == 0) {
            if (auto src = attribute(node, "src"); !src.empty()) media.push_back(src);
        }
        const bool block = is_block(name);
        if (block) out.block_edge();
        if (std::strcmp(name, "td") == 0 || std::strcmp(name, "th") == 0) out.text(" ");
        if (depth < kMaxDepth) walk(node->children, out, media, depth + 1);
        if (block) out.block_edge();
    }
}

struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

}  // namespace

PlainText strip_sound_tags(std::string_view text) {
    PlainText out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto open = text.find("[sound:", pos);
        if (open == std::string_view::npos) break;
        const auto close = text.find(']', open);
        if (close == std::string_view::npos) break;
        out.text.append(text.substr(pos, open - pos));
        out.media.emplace_back(text.substr(open + 7, close - open - 7));
        pos = close + 1;
    }
    out.text.append(text.substr(pos));
    return out;
}

PlainText plain_field_text(std::string_view text) {
    PlainText out = strip_sound_tags(text);
    TextBuilder b;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= out.text.size(); ++i) {
        if (i < out.text.size() && out.text[i] != '\n' && out.text[i] != '\r') continue;
        b.text(std::string_view(out.text).substr(start, i - start));
        // "\r\n" is one line break.
        if (i < out.text.size() &&
            !(out.text[i] == '\r' && i + 1 < out.text.size() && out.text[i + 1] == '\n'))
            b.line_break();
        start = i + 1;
    }
    out.text = b.finish();
    return out;
}

PlainText html_to_text(std::string_view html) {
    PlainText sounds = strip_sound_tags(html);
    PlainText out;
    if (sounds.text.find_first_of("<&") == std::string::npos) {
        TextBuilder b;
        b.text(sounds.text);
        out.text = b.finish();
        out.media = std::move(sounds.media);
        return out;
    }
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    (void)initialised;
    // Wrapped so that text before the first tag is inside the body like the rest.
    const std::string wrapped = "<div>" + sounds.text + "</div>";
    std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(
        wrapped.data(), static_cast<int>(wrapped.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    TextBuilder b;
    if (doc) walk(xmlDocGetRootElement(doc.get()), b, out.media, 0);
    out.text = b.finish();
    out.media.insert(out.media.end(), sounds.media.begin(), sounds.media.end());
    return out;
}

}  // namespace chronik::io
