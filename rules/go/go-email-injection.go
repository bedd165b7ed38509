package mailer

import (
	"fmt"
	"net/http"
	"net/smtp"
	"os"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

var (
	smtpAddr = os.Getenv("SMTP_ADDR")
	smtpAuth = smtp.PlainAuth("", os.Getenv("SMTP_USER"), os.Getenv("SMTP_PASS"), os.Getenv("SMTP_HOST"))
	sender   = "noreply@example.com"
	support  = []string{"support@example.com"}
	appURL   = os.Getenv("APP_URL")
)

func ContactHandler(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	subject := r.FormValue("subject")
	body := r.FormValue("message")
	msg := "From: " + sender + "\r\n" +
		"Subject: " + subject + "\r\n\r\n" +
		"Message from " + name + ":\n" + body
	// ruleid: go-email-injection
	if err := smtp.SendMail(smtpAddr, smtpAuth, sender, support, []byte(msg)); err != nil {
		http.Error(w, "could not send", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func ResetHandler(w http.ResponseWriter, r *http.Request) {
	email := r.URL.Query().Get("email")
	token := newToken()
	link := fmt.Sprintf("https://%s/reset?token=%s", r.Host, token)
	msg := fmt.Sprintf("To: %s\r\nSubject: Password reset\r\n\r\nReset your password: %s\r\n", email, link)
	// ruleid: go-email-injection
	_ = smtp.SendMail(smtpAddr, smtpAuth, sender, []string{email}, []byte(msg))
}

func Feedback(c *gin.Context) {
	from := mail.NewEmail("Site", sender)
	to := mail.NewEmail("Support", support[0])
	// ruleid: go-email-injection
	message := mail.NewSingleEmail(from, "Feedback: "+c.PostForm("topic"), to, c.PostForm("text"), "")
	client := sendgrid.NewSendClient(os.Getenv("SENDGRID_API_KEY"))
	_, _ = client.Send(message)
}

func Invite(c *gin.Context) {
	m := mail.NewV3Mail()
	// ruleid: go-email-injection
	m.AddContent(mail.NewContent("text/html", "<p>"+c.Query("note")+"</p>"))
}

// Safe look-alikes.

func newToken() string { return "t" }

func ResetSafe(w http.ResponseWriter, r *http.Request) {
	email := r.URL.Query().Get("email")
	link := appURL + "/reset?token=" + newToken()
	// ok: go-email-injection
	_ = smtp.SendMail(smtpAddr, smtpAuth, sender, []string{email}, []byte("Subject: Password reset\r\n\r\nReset: "+link+"\r\n"))
}

func OrderShipped(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.FormValue("order"))
	if err != nil {
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	msg := fmt.Sprintf("Subject: Order %d shipped\r\n\r\nYour order %d is on its way.\r\n", id, id)
	// ok: go-email-injection
	_ = smtp.SendMail(smtpAddr, smtpAuth, sender, support, []byte(msg))
}

func Notify(to string, body string) error {
	// ok: go-email-injection
	return smtp.SendMail(smtpAddr, smtpAuth, sender, []string{to}, []byte("Subject: Notice\r\n\r\n"+body))
}

func Welcome(c *gin.Context) {
	from := mail.NewEmail("Site", sender)
	to := mail.NewEmail(c.PostForm("name"), c.PostForm("email"))
	// ok: go-email-injection
	message := mail.NewSingleEmail(from, "Welcome", to, "Thanks for signing up.", "<p>Thanks for signing up.</p>")
	_, _ = sendgrid.NewSendClient(os.Getenv("SENDGRID_API_KEY")).Send(message)
}
