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


def gen_int():
    values = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, -9876543210, 65, 0x10ffff, 2**62, -(2**63), 2**63-1, 100000, 999, 12]
    specs = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+d', ' d', '-d', '10', '<10', '>10', '^10', '=10', '*^11', '010', '+010', '#010x', '#010b', '0=+12', ',', '_', '_b', '_x', '#_x', '012,', '015_', '+013,d', ' 08,', 'x<+8', ',d', '.2', 'z', '.3e', 'e', 'E', 'f', '.2f', 'g', 'G', '%', '.1%', ',.2f', '012.3e', 's', 'q', '5c', '+c', '#c', '<5c', '0=8', '#08o', '^+9', '=^9', '09', '-^8,', '#X', '>+#12_x', '020,', '11,']
    out = []
    for v in values:
        for s in specs:
            r = run(lambda: format(v, s))
            out.append('(%d, %s, %s),' % (v, rs_str(s), rs_str(r)) if v != -(2**63) else '(i64::MIN, %s, %s),' % (rs_str(s), rs_str(r)))
    write('int_format.in', out)


def gen_float():
    inf = float('inf'); nan = float('nan')
    values = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 3.14159265358979, -3.14159265358979, 1234.5678, -1234.5678,
              1e16, 1e-5, 0.0001, 123456789012345.0, 1.2345678901234567e19, 1e100, 1e-100, 9.999999, 0.00009999, 99999.5,
              1e22, 5e-324, 1.7976931348623157e308, 100.0, 10.0, 0.001234, 1234567.0, -0.0004, 0.125, inf, -inf, nan, 12345678.9, 0.995, 2.675]
    specs = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.17', '.0e', '.0f', '.0g', '.1e', '.2f', '.3g', '.10g', '.15g', '.20f', '#.0e', '#.0f', '#g', '#.3g', '#',
             '+', ' ', '+.2f', ' .3e', '10', '<10', '>12.3f', '^15', '=+12.2f', '012.3f', '+012.3f', '010', '*^14.4g', ',', ',.2f', '_.1f', '015,.2f', '020,', ',g', '.1%', '08.1%', 'z.1f', 'z.0f', 'z', 'z.2e',
             'd', 'x', 's', '12,e', '#.3', '.5', 'G', '.3G', '.2E', '.12e', 'F', '.1F']
    out = []
    for v in values:
        for s in specs:
            r = run(lambda: format(v, s))
            out.append('(%s, %s, %s),' % (bits(v), rs_str(s), rs_str(r)))
    write('float_format.in', out)


def gen_str():
    texts = ['', 'a', 'abc', 'hello world', 'héllo', '日本語', 'x'*12]
    specs = ['', 's', '5', '<5', '>5', '^5', '^6', '*^9', '05', '<05', '.2', '.0', '10.3', '^7.2s', 'x>6', 'é<8', '+', ' ', '#', '=5', 'z', ',', '_', 'd', 'x', '+s', '=s', '.10', '>>4', '<<4', '^^5', '0', '00', '020s']
    out = []
    for t in texts:
        for s in specs:
            out.append('(%s, %s, %s),' % (rs_str(t), rs_str(s), rs_str(run(lambda: format(t, s)))))
    write('str_format.in', out)


def gen_percent():
    inf=float('inf'); nan=float('nan')
    cases = [
     ('%s', ('abc',)), ('%5s|', ('ab',)), ('%-5s|', ('ab',)), ('%.2s', ('abcdef',)), ('%5.1s|', ('abc',)), ('%05s', ('ab',)), ('%r', ('x',)), ('%-6r|', ('x',)),
     ('%s %s', (1, 2)), ('%s', (1.5,)), ('%s', (1e16,)), ('%d', (42,)), ('%i', (-42,)), ('%u', (7,)), ('%5d|', (42,)), ('%-5d|', (42,)), ('%05d', (-42,)),
     ('%+d', (5,)), ('% d', (5,)), ('%+ d', (3,)), ('% 05d', (5,)), ('%.3d', (5,)), ('%+.3d', (-5,)), ('%5.3d', (5,)), ('%.0d', (0,)), ('%.3d', (0,)),
     ('%0-5d|', (3,)), ('%d', (2.7,)), ('%d', (-2.7,)), ('%x', (255,)), ('%X', (255,)), ('%#x', (255,)), ('%#X', (-255,)), ('%x', (-255,)), ('%#o', (8,)), ('%o', (8,)),
     ('%#o', (0,)), ('%#x', (0,)), ('%#.5x', (255,)), ('%#08x', (255,)), ('%-#8o|', (8,)), ('%+x', (10,)), ('%.2x', (5,)), ('%5.3o', (8,)), ('%#10.4X|', (48879,)),
     ('%f', (3.14159,)), ('%.2f', (3.14159,)), ('%10.3f|', (-3.14159,)), ('%-10.3f|', (3.14159,)), ('%010.3f', (-3.14159,)), ('%+f', (1.0,)), ('% f', (1.0,)),
     ('%.0f', (2.5,)), ('%.0f', (3.5,)), ('%#.0f', (2.0,)), ('%.f', (1.5,)), ('%e', (12345.678,)), ('%E', (12345.678,)), ('%.2e', (0.000123,)), ('%010.3e', (-1234.5,)),
     ('%.0e', (5.0,)), ('%#.0e', (5.0,)), ('%+.0e', (0.0,)), ('%g', (1e-5,)), ('%g', (123456789.0,)), ('%g', (0.0001,)), ('%G', (1e-10,)), ('%.0g', (123.0,)),
     ('%#g', (1.5,)), ('%.10g', (1/3,)), ('%g', (100000.0,)), ('%g', (1000000.0,)), ('%f', (inf,)), ('%F', (inf,)), ('%e', (nan,)), ('%010.2f', (-inf,)), ('%5f|', (nan,)),
     ('%-+08.2f|', (3.14159,)), ('%f', (1e20,)), ('%.3f', (-0.0,)), ('%g', (-0.0,)), ('%f', (5,)), ('%e', (5,)), ('%c', (65,)), ('%c', ('x',)), ('%5c|%-5c', ('x', 66)),
     ('%.1c', ('x',)), ('%c', (0x1F600,)), ('%c', ('ab',)), ('%c', (-1,)), ('%c', (0x110000,)), ('%*d', (5, 3)), ('%*d', (-5, 3)), ('%.*f', (2, 3.14159)), ('%.*f', (-3, 1.5)),
     ('%*.*f|', (8, 2, 3.14159)), ('%hd %ld %Lf', (5, 6, 1.5)), ('%%', ()), ('100%%', ()), ('%d%%', (50,)), ('a%%b%sc', ('X',)), ('%s %s', (1,)), ('%s', (1, 2)), ('', ()),
     ('no args', ()), ('%d', ()), ('%*d', (5,)), ('%s-%s-%s', ('a', 'b', 'c')), ('é%sü', ('ö',)), ('%3s|', ('日本語',)), ('%.2s|', ('日本語',)), ('%6.2s|', ('日本語',)),
     ('%d', (2**62,)), ('%x', (-(2**62),)), ('%20d|', (-(2**62),)), ('%g', (1e16,)), ('%.3g', (0.0001234,)), ('%.15g', (0.1,)), ('%.17g', (0.1,)), ('%#.3g', (1.0,)), ('%#x', (-1,)),
     ('%#08.3x', (5,)), ('%-#8.3x|', (5,)), ('%+05.1f', (2.25,)), ('% 010.2e', (12.5,)), ('%#5o', (8,)), ('%#.3o', (8,)), ('%08s', ('ab',)),
     ('%03c|', (65,)), ('%-03d|', (-7,)), ('%+-6d|', (7,)), ('%#X', (0,)), ('%.0f', (0.5,)), ('%.0f', (1.5,)), ('%.1f', (0.05,)),
     ('%.2e', (9.995,)), ('%.3g', (9.9995,)), ('%g', (1e100,)), ('%G', (float('nan'),)), ('%+G', (float('-inf'),)), ('%s', ('%s',)), ('%%%s%%', ('x',)),
    ]
    out = []
    def rs_arg(a):
        if isinstance(a, bool): raise
        if isinstance(a, int): return 'I(%d)' % a
        if isinstance(a, float): return 'F(f64::from_bits(%s))' % bits(a)
        return 'S(%s)' % rs_str(a)
    for t, args in cases:
        r = run(lambda: t % args)
        out.append('(%s, &[%s], %s),' % (rs_str(t), ', '.join(rs_arg(a) for a in args), rs_str(r)))
    write('percent.in', out)


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


def gen_float_random():
    random.seed(777)
    specs = ['', '.3e', '.10g', '.5f', ',.2f', '.17g', '.1', 'g', '.0e', '#.4g', '.12', '%']
    out=[]
    for i in range(120):
        k = i % 4
        if k == 0: x = random.uniform(-1e4, 1e4)
        elif k == 1: x = random.uniform(0,1) * 10.0 ** random.randint(-20, 25) * random.choice([1,-1])
        elif k == 2: x = round(random.uniform(-100, 100), random.randint(0, 4))  # many ties
        else:
            while True:
                x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
                if x == x and abs(x) != float('inf'): break
        for s in specs:
            if s == '.5f' and abs(x) > 1e30: continue
            if s == ',.2f' and abs(x) > 1e30: continue
            if s == '%' and abs(x) > 1e30: continue
            out.append('(%s, %s, %s),' % (bits(x), rs_str(s), rs_str(format(x, s))))
    write('float_format_random.in', out)


def gen_repr_random():
    random.seed(12345)
    out = []
    for i in range(300):
        if i % 3 == 0:
            x = random.uniform(-1e6, 1e6)
        elif i % 3 == 1:
            x = random.uniform(0, 1) * 10.0 ** random.randint(-30, 30)
        else:
            while True:
                x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
                if x == x:
                    break
        out.append('(%s, "%s"),' % (bits(x), repr(x)))
    write('random_float_repr.in', out)


def gen_float_round():
    random.seed(4242)
    fixed = [(2.675, 2), (0.125, 2), (0.375, 2), (1250.0, -2), (1350.0, -2), (50.0, -2), (51.0, -2), (-2.5, 0), (1e300, -300),
             (5e-324, 400), (1.5, 400), (123.456, -400), (-0.4, 0), (float('inf'), 2), (float('-inf'), -2), (1e20, 5), (-1e-10, 2),
             (-0.004, 2), (1.7976931348623157e308, -308), (9.5e307, -308), (5e307, -308), (4.9e307, -308), (0.5, 0), (1.5, 0),
             (-0.0, 3), (0.0, -3), (99.5, 0), (999.9, -3), (0.05, 1), (0.15, 1), (0.25, 1), (0.35, 1), (1e-300, 300), (123456.789, -5),
             (123456.789, -6), (550000.0, -6), (500000.0, -6), (500001.0, -6), (1.0000000000000002, 15), (1.0000000000000002, 16),
             (3.14159, 3), (-3.14159, 4), (2.5, -1), (25.0, -1), (35.0, -1), (7.0, -1), (1e16, -16), (5e15, -16)]
    out = []
    def row(x, n):
        try:
            r = '"%s"' % bits(round(x, n))
        except (OverflowError, ValueError) as e:
            r = rs_str('!' + str(e))
        return '(%s, %d, %s),' % (bits(x), n, r)
    for x, n in fixed:
        out.append(row(x, n))
    for i in range(300):
        k = i % 3
        if k == 0:
            x = round(random.uniform(-1000, 1000), random.randint(0, 6))
        elif k == 1:
            x = random.uniform(-1, 1) * 10.0 ** random.randint(-20, 20)
        else:
            x = struct.unpack('<d', struct.pack('<Q', random.getrandbits(64)))[0]
            if x != x:
                x = 1.25
        n = random.randint(-25, 25) if k != 2 else random.randint(-330, 330)
        out.append(row(x, n))
    write('float_round.in', out)


if __name__ == "__main__":
    gen_float_round()
    gen_int()
    gen_float()
    gen_str()
    gen_percent()
    gen_int_parse()
    gen_float_parse()
    gen_float_random()
    gen_repr_random()
