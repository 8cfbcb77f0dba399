package store

import (
	"encoding/binary"
	"strconv"
	"unsafe"
)

// A section is written as a string table followed by a body of unsigned
// varints, where a string is its index in the table. Strings repeat a lot
// (symbols, file names, relations, dates), so each is stored once; on
// reading, the whole section becomes one Go string and every table entry
// is a substring of it, so decoding allocates almost nothing per string.

// encoder builds a section.
type encoder struct {
	body  []byte
	index map[string]uint32
	table []string
}

// newEncoder returns an empty encoder; "" is always string 0.
func newEncoder() *encoder {
	return &encoder{index: map[string]uint32{"": 0}, table: []string{""}}
}

// uint writes an unsigned integer.
func (e *encoder) uint(v uint64) { e.body = binary.AppendUvarint(e.body, v) }

// int writes a non-negative int; negative values, which no field should
// hold, are written as 0.
func (e *encoder) int(v int) { e.uint(uint64(max(v, 0))) }

// bool writes a boolean.
func (e *encoder) bool(v bool) {
	if v {
		e.uint(1)
	} else {
		e.uint(0)
	}
}

// str writes a string as its index in the table.
func (e *encoder) str(s string) {
	i, ok := e.index[s]
	if !ok {
		i = uint32(len(e.table))
		e.index[s] = i
		e.table = append(e.table, s)
	}
	e.uint(uint64(i))
}

// bytes returns the section: the table, then the body.
func (e *encoder) bytes() []byte {
	n := len(e.body) + 10
	for _, s := range e.table {
		n += len(s) + 2
	}
	out := make([]byte, 0, n)
	out = binary.AppendUvarint(out, uint64(len(e.table)))
	for _, s := range e.table {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, e.body...)
}

// decoder reads a section. Errors are sticky: after the first, every
// read returns zero values and err says what went wrong.
type decoder struct {
	s     string
	off   int
	table []string
	err   error
}

// newDecoder reads the table of a section. The decoder takes the section
// over: its strings are views of the section's bytes, which must not
// change afterwards (the section is read from the file for this alone),
// so that a million strings cost no copy at all.
func newDecoder(section []byte) *decoder {
	d := &decoder{}
	if len(section) > 0 {
		d.s = unsafe.String(&section[0], len(section))
	}
	n := d.uint()
	if n > uint64(len(d.s)) {
		d.fail()
		return d
	}
	d.table = make([]string, n)
	for i := range d.table {
		l := d.uint()
		if d.err != nil || l > uint64(len(d.s)-d.off) {
			d.fail()
			return d
		}
		d.table[i] = d.s[d.off : d.off+int(l)]
		d.off += int(l)
	}
	return d
}

// fail records a malformed section.
func (d *decoder) fail() {
	if d.err == nil {
		d.err = &CorruptError{"malformed section at byte " + strconv.Itoa(d.off)}
	}
	d.off = len(d.s)
}

// uint reads an unsigned integer.
func (d *decoder) uint() uint64 {
	var v uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if d.off >= len(d.s) {
			d.fail()
			return 0
		}
		b := d.s[d.off]
		d.off++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	d.fail()
	return 0
}

// int reads an int written by encoder.int.
func (d *decoder) int() int {
	v := d.uint()
	if v > 1<<31 {
		d.fail()
		return 0
	}
	return int(v)
}

// count reads a length, failing when it exceeds what the rest of the
// section could hold at min bytes per item.
func (d *decoder) count(min int) int {
	n := d.uint()
	if n > uint64(len(d.s)-d.off)/uint64(max(min, 1)) {
		d.fail()
		return 0
	}
	return int(n)
}

// bool reads a boolean.
func (d *decoder) bool() bool { return d.uint() != 0 }

// str reads a string by its table index.
func (d *decoder) str() string {
	i := d.uint()
	if i >= uint64(len(d.table)) {
		d.fail()
		return ""
	}
	return d.table[i]
}
