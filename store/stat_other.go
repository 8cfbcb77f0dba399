//go:build !linux

package store

// statIn records the size and modification time of jobs, files of the
// folder dir, looking each up by its path.
func statIn(dir string, jobs []job) {
	for i := range jobs {
		jobs[i].size, jobs[i].mtime = fileStat(jobs[i].path)
	}
}
