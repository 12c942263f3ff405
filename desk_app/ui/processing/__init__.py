"""The processing screens: the officers', the units' and the desk's inbox (Hồ sơ của tôi)."""
