#!/usr/bin/env python3
"""Regenerate the expected-output tables (*.in) for the format tests.

Run with CPython 3.11+ from this folder: `python3 generate.py`. Each table
is a Rust slice literal included by a test in ../*.rs. CPython is the
oracle for output; where MicroPython words an error differently, the
CPython message is rewritten to MicroPython's wording (see mp_msg).
"""
import os
import random
import re
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w") as f:
        f.write("&[\n" + "\n".join(rows) + "\n]\n")
    print(name, len(rows))

def mp_msg(e):
    m = str(e)
    m = re.sub(r"^Unknown format code", "unknown format code", m)
    m = re.sub(r"^Invalid format specifier .*", "invalid format specifier", m)
    m = re.sub(r"^(Sign|Space) not allowed", "sign not allowed", m)
    return m
def rs_str(s):
    out = '"'
    for ch in s:
        if ch == '"': out += '\\"'
        elif ch == '\\': out += '\\\\'
        elif ch == '\n': out += '\\n'
        elif ord(ch) < 32 or ord(ch) == 127: out += '\\u{%x}' % ord(ch)
        else: out += ch
    return out + '"'
def bits(x): return '0x%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def run(f):
    try: return f()
    except (ValueError, TypeError, OverflowError) as e: return '!' + mp_msg(e)


def gen_int_parse():
    cases = [('0',10),('-0',10),('+5',10),('  42  ',10),('\t-17\n',10),('1_000_000',10),('007',10),('123456789012345678901234567890',10),('-123456789012345678901234567890',10),
     ('9223372036854775807',10),('9223372036854775808',10),('-9223372036854775808',10),('-9223372036854775809',10),('ff',16),('FF',16),('0xff',16),('0XfF',16),('-0x1f',0),('0x1f',0),
     ('0o17',0),('0O17',0),('0b101',0),('0B101',0),('0b101',2),('101',2),('0o17',8),('17',8),('z',36),('Zz',36),('helloworld',36),('10',0),('0',0),('00',0),('0_0',0),('0x_1f',0),
     ('1_2',0),('777',8),('1010',3),('-12',5),('  0x10  ',0),('0x7fffffffffffffff',16),('ffffffffffffffffffffffffffff',16),('-ffffffffffffffff',16),('11111111111111111111111111111111111111111111111111111111111111111',2),
     ('1',2),('0',16),('0x0',0),('abc',16),('ABC',13),('10',36),('99',10),('9'*40,10),('-'+'7'*30,8),(' 1_0 ',16),('0b1_0',0),('0o7_7',0)]
    out=[]
    for t,b in cases:
        v = int(t,b)
        out.append('(%s, %d, "%d"),' % (rs_str(t), b, v))
    write('int_parse.in', out)


def gen_float_parse():
    cases = ['0','-0','0.0','-0.0','1','+1.5','  1.5  ','\t-2.25\n','1e5','1E5','1e-5','1.e5','.5','-.5e-3','5.','1_000.5','1_0e1_0','inf','-inf','+inf','INF','Infinity','-iNfInItY','nan','-nan','NaN',
     '0.1','0.30000000000000004','1.7976931348623157e308','1.8e308','-1e400','5e-324','2e-324','1e-400','123456789012345678901234567890','0.000000000000000000000000000001',
     '3.141592653589793238462643383279','2.675','9007199254740993','1e22','1e23','8.98846567431158e307','4.9406564584124654e-324','2.2250738585072011e-308','1e99999999999999999999','1e-99999999999999999999','007.5','1234567.125']
    out=[]
    for t in cases:
        out.append('(%s, %s),' % (rs_str(t), bits(float(t))))
    write('float_parse.in', out)


if __name__ == "__main__":
    gen_int_parse()
    gen_float_parse()
