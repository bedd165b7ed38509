#include <string>

class SlackNotifier {
public:
    // ruleid: c-hardcoded-api-token
    SlackNotifier() : token_("xoxb-2931045817-5831029384-kQ7pLm2Vn8Rt4Ws6") {}

    std::string endpoint() const {
        // ok: c-hardcoded-api-token
        return "https://slack.com/api/chat.postMessage";
    }

private:
    std::string token_;
};
