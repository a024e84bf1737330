#include "app/profile_services.hpp"

#include <chrono>
#include <ctime>
#include <stdexcept>

#include "io/log/logging.hpp"
#include "progress/study_day.hpp"

namespace chronik::app {
namespace {

[[noreturn]] void raise(const io::SaveError& e) {
    throw std::runtime_error(e.describe());
}

class StorageSession final : public ui::ProfileSession {
public:
    StorageSession(ui::ProfileEntry entry, io::ProfileStorage storage,
                   const bank::QuestionBank& bank)
        : entry_(std::move(entry)), storage_(std::move(storage)), bank_(bank) {}
    ~StorageSession() override {
        const auto closed = storage_.close();
        if (!closed)
            io::log_error("closing profile " + entry_.id + ": " + closed.error().describe());
    }

    const ui::ProfileEntry& profile() const override { return entry_; }

    ui::StudyOverview overview() override {
        const TimeMs now = now_ms();
        const auto& progress = storage_.progress();
        const auto day = study_day(now, local_utc_offset_minutes());
        ui::StudyOverview o;
        long long unseen = 0;
        for (const auto* item : bank_.items()) {
            const auto card = progress.card(item->id);
            if (!card || card->phase == CardPhase::New)
                ++unseen;
            else if (card->due <= now)
                ++o.due_today;
        }
        long long new_today = 0;
        if (const auto it = progress.days().find(day); it != progress.days().end())
            new_today = it->second.new_cards;
        const long long allowance =
            std::max<long long>(0, storage_.settings().daily_new_limit - new_today);
        o.new_available = std::min(unseen, allowance);
        o.streak_days = progress.streak().current_days;
        return o;
    }

private:
    ui::ProfileEntry entry_;
    io::ProfileStorage storage_;
    const bank::QuestionBank& bank_;
};

}  // namespace

std::vector<ui::ProfileEntry> StoreProfileDirectory::list() {
    auto listed = store_.list();
    if (!listed) raise(listed.error());
    std::vector<ui::ProfileEntry> out;
    for (const auto& p : listed.value())
        out.push_back({p.id, p.display_name});
    return out;
}

ui::ProfileEntry StoreProfileDirectory::create(const std::string& name) {
    auto created = store_.create(name);
    if (!created) raise(created.error());
    io::log_info("profile created: " + created.value().id);
    return {created.value().id, created.value().display_name};
}

void StoreProfileDirectory::rename(const std::string& id, const std::string& name) {
    auto renamed = store_.rename(id, name);
    if (!renamed) raise(renamed.error());
    io::log_info("profile renamed: " + id);
}

void StoreProfileDirectory::remove(const std::string& id) {
    auto removed = store_.remove(id);
    if (!removed) raise(removed.error());
    io::log_info("profile moved to " + removed.value().string());
}

int local_utc_offset_minutes() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

TimeMs now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<ui::ProfileSession> SessionFactory::open(const ui::ProfileEntry& entry) const {
    auto opened = store.open(entry.id);
    if (!opened) raise(opened.error());
    auto storage = std::move(opened).value();
    for (const auto& m : storage.report().messages) {
        const std::string line = m.file + ": " + m.reason;
        if (m.level == io::MessageLevel::Info) {
            io::log_info("profile " + entry.id + ": " + line);
            continue;
        }
        io::log_warn("profile " + entry.id + ": " + line);
        services.pending_notices.push_back(
            strings.format(ui::TextId::ProblemSave, {entry.id, line}));
    }
    if (apply_settings) apply_settings(storage.settings());
    io::log_info("profile opened: " + entry.id);
    return std::make_unique<StorageSession>(entry, std::move(storage), bank);
}

}  // namespace chronik::app
