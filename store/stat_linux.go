package store

import (
	"path/filepath"

	"golang.org/x/sys/unix"
)

// statIn records the size and modification time of jobs, files of the
// folder dir, looking each up from the folder (fstatat); a folder that
// cannot be opened has its files looked up by path.
func statIn(dir string, jobs []job) {
	fd, err := unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		for i := range jobs {
			jobs[i].size, jobs[i].mtime = fileStat(jobs[i].path)
		}
		return
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	for i := range jobs {
		if err := unix.Fstatat(fd, filepath.Base(jobs[i].path), &st, 0); err != nil {
			jobs[i].size, jobs[i].mtime = 0, 0
			continue
		}
		jobs[i].size, jobs[i].mtime = st.Size, st.Mtim.Sec*1e9+st.Mtim.Nsec
	}
}
