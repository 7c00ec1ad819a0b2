//! A small writer for EC2's XML responses (element names are the API's `locationName`s).

use std::fmt::Display;

pub fn escape(s: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(s)
}

pub fn push_leaf(buf: &mut String, tag: &str, value: &str) {
    buf.push('<');
    buf.push_str(tag);
    buf.push('>');
    buf.push_str(&escape(value));
    buf.push_str("</");
    buf.push_str(tag);
    buf.push('>');
}

pub fn request_id() -> String {
    let b: [u8; 16] = rand::random();
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &h[0..8], &h[8..12], &h[12..16], &h[16..20], &h[20..32])
}

pub struct Xml {
    buf: String,
    action: String,
}

impl Xml {
    pub fn new(action: &str) -> Self {
        let mut buf = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<{action}Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
        );
        push_leaf(&mut buf, "requestId", &request_id());
        Xml { buf, action: action.to_string() }
    }

    pub fn leaf(&mut self, tag: &str, value: impl Display) -> &mut Self {
        push_leaf(&mut self.buf, tag, &value.to_string());
        self
    }

    pub fn opt(&mut self, tag: &str, value: Option<impl Display>) -> &mut Self {
        if let Some(v) = value {
            self.leaf(tag, v);
        }
        self
    }

    pub fn node(&mut self, tag: &str, body: impl FnOnce(&mut Self)) -> &mut Self {
        self.buf.push('<');
        self.buf.push_str(tag);
        self.buf.push('>');
        body(self);
        self.buf.push_str("</");
        self.buf.push_str(tag);
        self.buf.push('>');
        self
    }

    /// A list element with one `<item>` per entry.
    pub fn items<T>(
        &mut self,
        tag: &str,
        entries: impl IntoIterator<Item = T>,
        mut each: impl FnMut(&mut Self, T),
    ) -> &mut Self {
        self.node(tag, |x| {
            for e in entries {
                x.node("item", |x| each(x, e));
            }
        })
    }

    pub fn tags(&mut self, tag: &str, tags: &[efsctl_core::model::tags::Tag]) -> &mut Self {
        self.items(tag, tags, |x, t| {
            x.leaf("key", &t.key).leaf("value", &t.value);
        })
    }

    pub fn finish(mut self) -> String {
        self.buf.push_str("</");
        self.buf.push_str(&self.action);
        self.buf.push_str("Response>");
        self.buf
    }
}
