//! E-mail over SMTP with `lettre`: STARTTLS (port 587), TLS from the
//! first byte (465), or a plain connection for a relay on the same
//! machine or network (25); user and password when the server asks.

use std::time::Duration;

use lettre::message::SinglePart;
use lettre::message::header::{ContentTransferEncoding, ContentType};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::Failure;
use super::config::{Smtp, Tls, mailbox};
use super::message::{Layout, MAX_ITEMS, Message};
use crate::i18n::Lang;

/// The plain-text mail: the title as subject, the items as lines.
pub fn mail(smtp: &Smtp, message: &Message, lang: Lang) -> Result<lettre::Message, Failure> {
    let mut builder = lettre::Message::builder()
        .from(mailbox(&smtp.from).ok_or(Failure::Mail)?)
        .subject(message.title.clone());
    for to in &smtp.to {
        builder = builder.to(mailbox(to).ok_or(Failure::Mail)?);
    }
    // Base64 whatever the text: Chinese lines and long URLs pass every
    // relay unchanged.
    let body = SinglePart::builder()
        .header(ContentType::TEXT_PLAIN)
        .header(ContentTransferEncoding::Base64)
        .body(message.render(Layout::Plain, usize::MAX, MAX_ITEMS, lang));
    builder.singlepart(body).map_err(|_| Failure::Mail)
}

pub async fn send(
    smtp: &Smtp,
    password: Option<&str>,
    timeout: Duration,
    message: &Message,
    lang: Lang,
) -> Result<(), Failure> {
    let builder = match smtp.tls {
        Tls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host),
        Tls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host),
        Tls::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)),
    }
    .map_err(|e| Failure::Smtp(server_words(&e)))?;
    let mut builder = builder.port(smtp.port).timeout(Some(timeout));
    if let (Some(user), Some(password)) = (&smtp.user, password) {
        builder = builder.credentials(Credentials::new(user.clone(), password.to_owned()));
    }
    let transport = builder.build();
    let mail = mail(smtp, message, lang)?;
    // The whole conversation is bounded, not only each read.
    match tokio::time::timeout(timeout * 3, transport.send(mail)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) if e.is_timeout() => Err(Failure::Timeout),
        Ok(Err(e)) => Err(Failure::Smtp(server_words(&e))),
        Err(_) => Err(Failure::Timeout),
    }
}

/// An SMTP error as one bounded line: the server's answer is the server's
/// text, cut like the platforms' answers.
fn server_words(e: &impl std::fmt::Display) -> String {
    e.to_string().chars().take(super::http::MAX_ERROR_CHARS).collect()
}
