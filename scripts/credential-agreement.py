#!/usr/bin/env python3
"""Agreement between secretlint and Ferret's credential identifiers on the same text tree: counts only, never values.

Usage: credential-agreement.py TEXT_DIR SECRETLINT_JSON FERRET_RESULTS_JSONL

Files: a file is flagged when the tool reports anything in it. Lines: (file, first line) of each report, compared only
for files where Ferret locates by line (`lineRanges`: logs, config, HTML, XML, Markdown, e-mail); CSV, TSV and JSON
get cells and records from Ferret, which have no line number to compare with secretlint's.
"""
import collections
import json
import os
import sys

LINE_LOCATED = ('.log', '.env', '.yaml', '.html', '.xml', '.md', '.eml', '.txt')


def secretlint_hits(text_dir, path):
    with open(path, encoding='utf-8') as f:
        reports = json.load(f)
    files, lines = set(), {}
    for report in reports:
        if not report.get('messages'):
            continue
        name = os.path.relpath(report['filePath'], text_dir)
        files.add(name)
        for message in report['messages']:
            lines[(name, message['loc']['start']['line'])] = message['ruleId'].removeprefix('@secretlint/secretlint-rule-')
    return files, lines


def ferret_hits(path):
    files, lines = set(), {}
    with open(path, encoding='utf-8') as f:
        for record in f:
            result = json.loads(record)
            details = result['classificationDetails']['result']
            if not details['sensitiveData']:
                continue
            name = result['resourcesAffected']['s3Object']['key']
            files.add(name)
            for category in details['sensitiveData']:
                for detection in category['detections']:
                    for line_range in detection['occurrences'].get('lineRanges') or []:
                        lines[(name, line_range['start'])] = detection['type']
    return files, lines


def line_located(hits):
    return {hit: kind for hit, kind in hits.items() if hit[0].endswith(LINE_LOCATED)}


def by_kind(what, hits, only):
    counts = collections.Counter(hits[hit] for hit in only)
    print(f'    {what}: ' + ', '.join(f'{kind} {count}' for kind, count in counts.most_common()))


def agreement(what, secretlint, ferret):
    print(f'  {what:<34} both {len(secretlint & ferret):6d}   only secretlint {len(secretlint - ferret):6d}'
          f'   only ferret {len(ferret - secretlint):6d}')


def main(text_dir, secretlint_json, ferret_results):
    s_files, s_lines = secretlint_hits(text_dir, secretlint_json)
    f_files, f_lines = ferret_hits(ferret_results)
    agreement('files flagged', s_files, f_files)
    s_lines, f_lines = line_located(s_lines), line_located(f_lines)
    agreement('lines flagged (line-located files)', s_lines.keys(), f_lines.keys())
    by_kind('lines only secretlint, by rule', s_lines, s_lines.keys() - f_lines.keys())
    by_kind('lines only ferret, by identifier', f_lines, f_lines.keys() - s_lines.keys())


if __name__ == '__main__':
    main(*sys.argv[1:])
