#!/usr/bin/env python3
"""Fails when a C++ file is longer than --max-file lines or a function longer than --max-function lines.

A function runs from the first line of its signature to its closing brace; lambdas count toward the
function that holds them. A '{' outside any function opens a function body when the code before it ends
with ')' (then perhaps const, override, noexcept or a trailing return type) or is a constructor's
initialiser list. Usage: sizes.py [--max-file N] [--max-function N] DIR_OR_FILE...
"""
import argparse
import os
import re
import sys

BODY = re.compile(r'\)\s*(const|override|final|noexcept|mutable|\s|->\s*[\w:<>,\s*&]+)*$')
INITIALISERS = re.compile(r'\)\s*:\s*\w[\s\S]*\)\s*$')


def strip(text):
    """Comments and literals blanked out, line breaks kept."""
    text = re.sub(r'/\*.*?\*/', lambda m: '\n' * m.group(0).count('\n'), text, flags=re.S)
    text = re.sub(r'//[^\n]*', '', text)
    text = re.sub(r'R"\((.*?)\)"', lambda m: '""' + '\n' * m.group(0).count('\n'), text, flags=re.S)
    text = re.sub(r'"(\\.|[^"\\\n])*"', '""', text)
    return re.sub(r"'(\\.|[^'\\\n])*'", "''", text)


def functions(path):
    """(length, first line, signature) of each function of the file."""
    text = strip(open(path, encoding='utf-8', errors='replace').read())
    stack, found, line, head_start = [], [], 1, 0
    for i, c in enumerate(text):
        in_function = any(kind == 'fn' for kind, *_ in stack)
        if c == '\n':
            line += 1
        elif c == '{':
            head = text[head_start:i]
            opens_body = not in_function and not re.match(r'\s*(class|struct|enum|namespace|union)\b', head) and (
                BODY.search(head) or INITIALISERS.search(head))
            if opens_body:
                lead = head[:len(head) - len(head.lstrip())]
                first = line - head.count('\n') + lead.count('\n')
                stack.append(('fn', first, head.strip().split('\n')[0][:70]))
            else:
                stack.append(('other',))
            if not in_function:
                head_start = i + 1
        elif c == '}':
            if stack:
                kind, *where = stack.pop()
                if kind == 'fn':
                    found.append((line - where[0] + 1, where[0], where[1]))
            if not any(kind == 'fn' for kind, *_ in stack):
                head_start = i + 1
        elif c == ';' and not in_function:
            head_start = i + 1
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--max-file', type=int, default=500)
    parser.add_argument('--max-function', type=int, default=80)
    parser.add_argument('paths', nargs='+')
    args = parser.parse_args()
    files = []
    for root in args.paths:
        if os.path.isfile(root):
            files.append(root)
        for folder, _, names in os.walk(root):
            files += [os.path.join(folder, n) for n in names]
    problems, longest_file, longest_function = [], (0, ''), (0, '')
    for path in sorted(f for f in files if f.endswith(('.cpp', '.h'))):
        lines = open(path, encoding='utf-8', errors='replace').read().count('\n')
        longest_file = max(longest_file, (lines, path))
        if lines > args.max_file:
            problems.append('%s: %d lines (at most %d)' % (path, lines, args.max_file))
        for length, first, signature in functions(path):
            longest_function = max(longest_function, (length, '%s:%d %s' % (path, first, signature)))
            if length > args.max_function:
                problems.append('%s:%d: a function of %d lines (at most %d): %s' %
                                (path, first, length, args.max_function, signature))
    print('longest file: %d lines, %s' % longest_file)
    print('longest function: %d lines, %s' % longest_function)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
