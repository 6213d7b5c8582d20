//! Integer arithmetic, strings and names: just enough expression for the
//! test double to answer `1+2+3` and fail `1/0` the MicroPython way.

use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Int(i64),
    Str(String),
    None,
}

impl Value {
    pub fn repr(&self) -> String {
        match self {
            Value::Int(n) => n.to_string(),
            Value::Str(s) => format!("'{s}'"),
            Value::None => "None".to_string(),
        }
    }
    pub fn str(&self) -> String {
        match self {
            Value::Str(s) => s.clone(),
            other => other.repr(),
        }
    }
}

/// (exception name, message)
pub type Failure = (String, String);

fn fail(ename: &str, msg: &str) -> Failure {
    (ename.to_string(), msg.to_string())
}

pub fn eval(text: &str, vars: &HashMap<String, Value>) -> Result<Value, Failure> {
    let tokens = tokenize(text)?;
    let mut parser = Parser { tokens, pos: 0, vars };
    let value = parser.sum()?;
    if parser.pos != parser.tokens.len() {
        return Err(fail("SyntaxError", "invalid syntax"));
    }
    Ok(value)
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Int(i64),
    Str(String),
    Name(String),
    Op(String),
}

fn tokenize(text: &str) -> Result<Vec<Token>, Failure> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            tokens.push(Token::Int(digits.parse().map_err(|_| fail("OverflowError", "overflow"))?));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                i += 1;
            }
            tokens.push(Token::Name(chars[start..i].iter().collect()));
        } else if c == '\'' || c == '"' {
            let end =
                chars[i + 1..].iter().position(|&d| d == c).ok_or_else(|| fail("SyntaxError", "invalid syntax"))?;
            tokens.push(Token::Str(chars[i + 1..i + 1 + end].iter().collect()));
            i += end + 2;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            tokens.push(Token::Op("//".to_string()));
            i += 2;
        } else if "+-*/%()".contains(c) {
            tokens.push(Token::Op(c.to_string()));
            i += 1;
        } else {
            return Err(fail("SyntaxError", "invalid syntax"));
        }
    }
    Ok(tokens)
}

struct Parser<'a> {
    tokens: Vec<Token>,
    pos: usize,
    vars: &'a HashMap<String, Value>,
}

impl Parser<'_> {
    fn op(&mut self, ops: &[&str]) -> Option<String> {
        match self.tokens.get(self.pos) {
            Some(Token::Op(op)) if ops.contains(&op.as_str()) => {
                self.pos += 1;
                Some(op.clone())
            }
            _ => None,
        }
    }

    fn sum(&mut self) -> Result<Value, Failure> {
        let mut left = self.product()?;
        while let Some(op) = self.op(&["+", "-"]) {
            let right = self.product()?;
            left = match (left, right, op.as_str()) {
                (Value::Int(a), Value::Int(b), "+") => {
                    Value::Int(a.checked_add(b).ok_or_else(|| fail("OverflowError", "overflow"))?)
                }
                (Value::Int(a), Value::Int(b), _) => {
                    Value::Int(a.checked_sub(b).ok_or_else(|| fail("OverflowError", "overflow"))?)
                }
                (Value::Str(a), Value::Str(b), "+") => Value::Str(a + &b),
                _ => return Err(fail("TypeError", "unsupported types for operation")),
            };
        }
        Ok(left)
    }

    fn product(&mut self) -> Result<Value, Failure> {
        let mut left = self.atom()?;
        while let Some(op) = self.op(&["*", "/", "//", "%"]) {
            let right = self.atom()?;
            let (Value::Int(a), Value::Int(b)) = (&left, &right) else {
                return Err(fail("TypeError", "unsupported types for operation"));
            };
            if *b == 0 && op != "*" {
                return Err(fail("ZeroDivisionError", "divide by zero"));
            }
            left = Value::Int(match op.as_str() {
                "*" => a.checked_mul(*b).ok_or_else(|| fail("OverflowError", "overflow"))?,
                "%" => a.rem_euclid(*b),
                _ => a.div_euclid(*b),
            });
        }
        Ok(left)
    }

    fn atom(&mut self) -> Result<Value, Failure> {
        if self.op(&["-"]).is_some() {
            return match self.atom()? {
                Value::Int(n) => Ok(Value::Int(-n)),
                _ => Err(fail("TypeError", "unsupported type for unary -")),
            };
        }
        if self.op(&["("]).is_some() {
            let value = self.sum()?;
            return match self.op(&[")"]) {
                Some(_) => Ok(value),
                None => Err(fail("SyntaxError", "invalid syntax")),
            };
        }
        let token = self.tokens.get(self.pos).cloned().ok_or_else(|| fail("SyntaxError", "invalid syntax"))?;
        self.pos += 1;
        match token {
            Token::Int(n) => Ok(Value::Int(n)),
            Token::Str(s) => Ok(Value::Str(s)),
            Token::Name(name) if name == "None" => Ok(Value::None),
            Token::Name(name) => {
                self.vars.get(&name).cloned().ok_or_else(|| fail("NameError", &format!("name '{name}' isn't defined")))
            }
            Token::Op(_) => Err(fail("SyntaxError", "invalid syntax")),
        }
    }
}
