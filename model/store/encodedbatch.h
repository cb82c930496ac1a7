#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace EdxLoader {

// Documents as relaxed Extended JSON text, each with its _id's JSON ({"$oid":"…"} or "text"): what
// a builder that works on text hands a store, so that a store keeping text (the embedded one)
// needs no conversion. All of a batch's text is in one buffer: building and freeing a batch of
// thousands of documents costs a few allocations, and a cleared batch keeps its capacity.
class EncodedBatch
{
public:
    // A document is appended in pieces: its id, then its text, then finish().
    void appendId(std::string_view id)
    {
        m_current = {m_bytes.size(), id.size(), m_bytes.size() + id.size(), 0};
        m_bytes.append(id);
    }
    void appendJson(std::string_view text) { m_bytes.append(text); }
    void finish()
    {
        m_current.jsonLength = m_bytes.size() - m_current.jsonAt;
        m_entries.push_back(m_current);
    }

    size_t size() const { return m_entries.size(); }
    bool empty() const { return m_entries.empty(); }
    size_t bytes() const { return m_bytes.size(); }
    std::string_view id(size_t i) const { return {m_bytes.data() + m_entries[i].idAt, m_entries[i].idLength}; }
    std::string_view json(size_t i) const { return {m_bytes.data() + m_entries[i].jsonAt, m_entries[i].jsonLength}; }
    void clear()
    {
        m_bytes.clear();
        m_entries.clear();
    }

private:
    struct Entry
    {
        size_t idAt, idLength, jsonAt, jsonLength;
    };
    std::string m_bytes;
    std::vector<Entry> m_entries;
    Entry m_current{};
};

} // namespace EdxLoader
