import { useEffect, useState } from 'react'

const stepMs = 700

/** Play/pause through ticks: while playing, `advance` is called every step until it returns false. */
export function usePlayback(advance: () => boolean): [boolean, (playing: boolean) => void] {
  const [playing, setPlaying] = useState(false)
  useEffect(() => {
    if (!playing) return
    const timer = window.setInterval(() => {
      if (!advance()) setPlaying(false)
    }, stepMs)
    return () => window.clearInterval(timer)
  }, [playing, advance])
  return [playing, setPlaying]
}
