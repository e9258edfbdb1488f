<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation planner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places and lecturers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>Database schema: revision {0}&lt;br&gt;Database: {1}</source>
        <translation>データベースのスキーマ：リビジョン {0}&lt;br&gt;データベース：{1}</translation>
    </message>
    <message>
        <source>Database schema: revision {0} (no database open)</source>
        <translation>データベースのスキーマ：リビジョン {0}（開いているデータベースはありません）</translation>
    </message>
    <message>
        <source>Runs a week-long science exchange visit from one laptop, offline: programs, participants, schedule, check-in, printing and reports.</source>
        <translation>1週間の科学技術交流の受け入れを、1台のノートパソコンでオフラインのまま運営します：プログラム、参加者、日程、受付、印刷、レポート。</translation>
    </message>
    <message>
        <source>Sakura Desktop is free software under the MIT licence. It uses Qt for Python (PySide6, LGPLv3), SQLAlchemy and Alembic (MIT) and ReportLab (BSD); shipped fonts carry their own licences in the fonts folder.</source>
        <translation>Sakura Desktop は MIT ライセンスのフリーソフトウェアです。Qt for Python（PySide6、LGPLv3）、SQLAlchemy と Alembic（MIT）、ReportLab（BSD）を使用しています。同梱のフォントのライセンスは fonts フォルダーにあります。</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>{0} について</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>Automatic backup failed: {0}</source>
        <translation>自動バックアップに失敗しました：{0}</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Camera off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera and sounds are off: {0}.
Use the scanner or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found.
Use the scanner or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Charts are unavailable on this computer: Qt Charts (from PySide6-Addons) could not be loaded. The tables and their exports work as usual.</source>
        <translation>このコンピューターではグラフを表示できません。Qt Charts（PySide6-Addons）を読み込めませんでした。表と書き出しはいつもどおり使えます。</translation>
    </message>
    <message>
        <source>The chart appears here once the report is computed.</source>
        <translation>レポートの集計が終わると、ここにグラフが表示されます。</translation>
    </message>
    <message>
        <source>This report has no chart: its table says it best.</source>
        <translation>このレポートにはグラフがありません。表をご覧ください。</translation>
    </message>
    <message>
        <source>Nothing to chart yet: the table is empty.</source>
        <translation>表が空のため、まだグラフにできるものがありません。</translation>
    </message>
</context>
<context>
    <name>CheckinCamera</name>
    <message>
        <source>the sound library PulseAudio (libpulse.so.0) is not installed; on Debian or Ubuntu install it with &apos;sudo apt install libpulse0&apos; and start Sakura Desktop again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia is not installed (the PySide6-Addons package); reinstall Sakura Desktop to get it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt Multimedia could not be loaded ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDecision</name>
    <message>
        <source>Accepted</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Already in</source>
        <translation>受付済み（重複）</translation>
    </message>
    <message>
        <source>Not expected</source>
        <translation>予定外</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>再発行前の名札</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>偽造</translation>
    </message>
    <message>
        <source>Wrong program</source>
        <translation>別プログラム</translation>
    </message>
</context>
<context>
    <name>CheckinDialogs</name>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export missing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print missing list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the roll call (for example “Dinner 19:00” or “Bus 2 back to hotel”):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinMethod</name>
    <message>
        <source>scanner</source>
        <translation>スキャナー</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>氏名で</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>取り消し</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>New roll call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is scanning at this station (kept with each scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll call: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checkpoint records entries only (a bus allows exits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the roll call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing list ({0} people) saved to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing list ({0} people) sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding everyone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinResult</name>
    <message>
        <source>Welcome</source>
        <translation>ようこそ</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>受付済みです</translation>
    </message>
    <message>
        <source>Checked in — not expected here</source>
        <translation>受付しました — この場所の予定者ではありません</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>参加取消済み</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>不明なコード</translation>
    </message>
    <message>
        <source>Replaced badge</source>
        <translation>再発行前の名札です</translation>
    </message>
    <message>
        <source>Invalid badge</source>
        <translation>無効な名札です</translation>
    </message>
    <message>
        <source>Other program&apos;s badge</source>
        <translation>別のプログラムの名札です</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>退出しました</translation>
    </message>
    <message>
        <source>Not checked in here</source>
        <translation>ここでは受付されていません</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>受付できます</translation>
    </message>
    <message>
        <source>Scan a badge, or type a name and press Enter.</source>
        <translation>名札をスキャンするか、氏名を入力して Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Team {0}</source>
        <translation>チーム {0}</translation>
    </message>
    <message>
        <source>Already checked out</source>
        <translation>退出済みです</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>取り消しました</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>Ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecturer double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session over capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecturer unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportStationPackageDialog</name>
    <message>
        <source>Export station package</source>
        <translation>受付端末パッケージの書き出し</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>パッケージを書き出す</translation>
    </message>
    <message>
        <source>A station package lets another laptop check people in for &lt;b&gt;{0}&lt;/b&gt; without a network: it carries the participants, the schedule, the checkpoints, the badges and the scans so far. It holds personal data and the badge secret, encrypted with the passphrase below. Give the passphrase to the door staff separately: say it, never send it with the file.</source>
        <translation>受付端末パッケージを使うと、別のノートパソコンでネットワークなしに&lt;b&gt;{0}&lt;/b&gt;の受付ができます。参加者、日程、受付地点、名札、これまでのスキャンが含まれます。個人データと名札の秘密鍵を含むため、下のパスフレーズで暗号化されます。パスフレーズは受付担当者に別途伝えてください。口頭で伝え、ファイルと一緒に送らないでください。</translation>
    </message>
    <message>
        <source>at least {0} characters; a few words are easy to say</source>
        <translation>{0}文字以上。いくつかの単語を並べると伝えやすくなります</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>パスフレーズを表示</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>もう一度(&amp;A)：</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>保存先(&amp;T)：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation>{0}文字以上のパスフレーズを決めてください。</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>2つのパスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>パッケージの保存先を選んでください。</translation>
    </message>
    <message>
        <source>Open the program&apos;s database first.</source>
        <translation>先にプログラムのデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Writing the station package…</source>
        <translation>受付端末パッケージを書き出しています…</translation>
    </message>
    <message>
        <source>exporting the station package</source>
        <translation>受付端末パッケージの書き出し</translation>
    </message>
    <message>
        <source>Station package written</source>
        <translation>受付端末パッケージを書き出しました</translation>
    </message>
    <message>
        <source>Wrote the station package of {0} to {1}.</source>
        <translation>{0} の受付端末パッケージを {1} に書き出しました。</translation>
    </message>
    <message>
        <source>It holds {0}.

On the door&apos;s laptop: File &gt; Set up this laptop as a station…, choose this file and type the passphrase.</source>
        <translation>内容：{0}。

受付のノートパソコンで「ファイル」＞「このパソコンを受付端末に設定…」を選び、このファイルを指定してパスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Sakura Desktop databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Sakura Desktop データベース (*.db *.sqlite *.sqlite3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
</context>
<context>
    <name>HeadcountPanel</name>
    <message>
        <source>expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export missing list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print missing list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} more inside who were not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Before the week</source>
        <translation>受け入れ週の前に</translation>
    </message>
    <message>
        <source>Create the program (File &gt; New program): title, host, dates, time zone.</source>
        <translation>プログラムを作成します（ファイル &gt; 新しいプログラム）：名称、受け入れ機関、日程、タイムゾーン。</translation>
    </message>
    <message>
        <source>Import each delegation&apos;s roster (Participants &gt; Import): Excel or CSV, any language; the wizard shows what it understood before anything is saved.</source>
        <translation>各派遣団の名簿を取り込みます（参加者 &gt; 取り込み）：Excel でも CSV でも、どの言語でも構いません。保存する前に、読み取った内容をウィザードが表示します。</translation>
    </message>
    <message>
        <source>Build the schedule (Schedule): lectures, lab tours, meals and transfers; the conflicts panel names clashes of rooms, people and travel times.</source>
        <translation>日程を組みます（日程）：講義、研究室見学、食事、移動。重複パネルが部屋・人・移動時間の衝突を示します。</translation>
    </message>
    <message>
        <source>Print badges, notebooks, door signs and sign-in sheets (Print). Check the preview: every script is printed with its own font.</source>
        <translation>名札、実験ノート、案内表示、出席簿を印刷します（印刷）。プレビューで確認してください。どの文字もそれぞれに合ったフォントで印刷されます。</translation>
    </message>
    <message>
        <source>For each extra door, export a station package (File &gt; Export station package) and set up that laptop with it.</source>
        <translation>受付を増やす場合は、受付端末パッケージを書き出し（ファイル &gt; 受付端末パッケージを書き出す）、そのノートPCを設定します。</translation>
    </message>
    <message>
        <source>The first morning</source>
        <translation>初日の朝</translation>
    </message>
    <message>
        <source>Open Check-in, choose the arrival checkpoint and scan each badge. Green is welcome, amber needs a look, red stops.</source>
        <translation>受付画面を開き、到着の受付地点を選んで名札をスキャンします。緑は受付完了、黄は要確認、赤は受付できません。</translation>
    </message>
    <message>
        <source>Someone without a badge: type part of the name and press Enter. A lost badge is re-issued from Participants; the old one then scans red.</source>
        <translation>名札のない人は、氏名の一部を入力して Enter キーを押します。紛失した名札は参加者画面から再発行でき、古い名札は赤になります。</translation>
    </message>
    <message>
        <source>At every door</source>
        <translation>各受付で</translation>
    </message>
    <message>
        <source>Each station scans on its own, without a network. With a shared sync folder (Sync &gt; Choose sync folder) the stations exchange scans every few seconds; otherwise carry journals on a USB stick (Sync &gt; Export journal).</source>
        <translation>各受付端末はネットワークなしで単独でスキャンできます。共有の同期フォルダー（同期 &gt; 同期フォルダーを選択）があれば、端末どうしが数秒ごとに記録を交換します。ない場合は USB メモリで記録を運びます（同期 &gt; 記録を書き出す）。</translation>
    </message>
    <message>
        <source>The head count and the missing list show who is not yet in. Roll call (Ctrl+Shift+R) counts everyone on site in an emergency.</source>
        <translation>人数表示と未着者リストで、まだ来ていない人がわかります。緊急時は点呼（Ctrl+Shift+R）で現地の全員を確認します。</translation>
    </message>
    <message>
        <source>After the week</source>
        <translation>受け入れ週のあとに</translation>
    </message>
    <message>
        <source>Merge every station&apos;s journal, then print certificates and reports.</source>
        <translation>すべての受付端末の記録を取り込んでから、修了証とレポートを印刷します。</translation>
    </message>
    <message>
        <source>Keep the database and its backups private: they hold minors&apos; personal data. Purge personal data when the funder&apos;s report is done.</source>
        <translation>データベースとそのバックアップは他人に見せないでください。未成年者の個人情報が含まれます。助成機関への報告が終わったら、個人データを消去します。</translation>
    </message>
    <message>
        <source>Quick start: the week with {0}</source>
        <translation>クイックスタート：{0} で進める1週間</translation>
    </message>
    <message>
        <source>Quick start</source>
        <translation>クイックスタート</translation>
    </message>
    <message>
        <source>Check-in: check in the scanned code or the name typed</source>
        <translation>受付：スキャンしたコードまたは入力した氏名で受付します</translation>
    </message>
    <message>
        <source>Check-in: clear the name search</source>
        <translation>受付：氏名検索を消去します</translation>
    </message>
    <message>
        <source>Sidebar: move between screens</source>
        <translation>サイドバー：画面を切り替えます</translation>
    </message>
    <message>
        <source>Move to the next field or button</source>
        <translation>次の入力欄やボタンへ移動します</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>働き</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>データの保存場所</translation>
    </message>
    <message>
        <source>Everything stays on this laptop, readable by your user account only. Copy the database file (with its backups folder) to keep or move a week.</source>
        <translation>すべてのデータはこのノートPCに保存され、あなたのユーザーアカウントだけが読めます。保管や移動には、データベースファイルをバックアップフォルダーと一緒にコピーしてください。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Show this folder in the file manager</source>
        <translation>このフォルダーをファイルマネージャーで表示します</translation>
    </message>
</context>
<context>
    <name>ImportProblemsDialog</name>
    <message>
        <source>Schedule import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0} cannot be imported as it is: {1} problem(s).&lt;/b&gt;&lt;br&gt;Nothing was changed. Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Integrity</name>
    <message>
        <source>Check the database</source>
        <translation>データベースの検査</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>先にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>The check reads a database file (or a shared database): open it with File &gt; Open database.</source>
        <translation>検査はデータベースファイル（または共有データベース）を読み取ります。「ファイル」＞「データベースを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} を検査しています…</translation>
    </message>
    <message>
        <source>checking the database</source>
        <translation>データベースの検査</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Problem: {0}</source>
        <translation>問題：{0}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>注記：{0}</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>結果をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>New &amp;database…</source>
        <translation>新しいデータベース(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>空のデータベースファイルを新しく作成します</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>データベースファイルを開きます</translation>
    </message>
    <message>
        <source>New &amp;program…</source>
        <translation>新しいプログラム(&amp;P)…</translation>
    </message>
    <message>
        <source>Add an exchange week to the open database</source>
        <translation>開いているデータベースに交流プログラム（1週間）を追加します</translation>
    </message>
    <message>
        <source>&amp;Export station package…</source>
        <translation>受付端末パッケージを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Seal the program into an encrypted file that sets up another laptop as a door</source>
        <translation>プログラムを暗号化ファイルにまとめ、別のノートPCを受付端末として設定できるようにします</translation>
    </message>
    <message>
        <source>Set up this laptop as a s&amp;tation…</source>
        <translation>このノートPCを受付端末に設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Create this laptop&apos;s check-in database from a station package</source>
        <translation>受付端末パッケージから、このノートPCの受付用データベースを作成します</translation>
    </message>
    <message>
        <source>&amp;Check the database…</source>
        <translation>データベースを検査(&amp;C)…</translation>
    </message>
    <message>
        <source>Look for damage and broken rules in the open database (nothing is changed)</source>
        <translation>開いているデータベースの破損や規則違反を調べます（何も変更しません）</translation>
    </message>
    <message>
        <source>&amp;Purge personal data…</source>
        <translation>個人データを消去(&amp;P)…</translation>
    </message>
    <message>
        <source>After the week: remove names, contacts and medical notes; keep statistics</source>
        <translation>研修終了後：氏名・連絡先・医療メモを消去し、統計のみ残します</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translation>{0} について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同期(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>Write this station&apos;s journal to the sync folder and merge the other stations&apos;</source>
        <translation>この受付端末の記録を同期フォルダーに書き出し、他の端末の記録を取り込みます</translation>
    </message>
    <message>
        <source>&amp;Choose sync folder…</source>
        <translation>同期フォルダーを選択(&amp;C)…</translation>
    </message>
    <message>
        <source>The folder (USB stick, network share, synced folder) where stations swap journals</source>
        <translation>受付端末どうしが記録を交換するフォルダー（USBメモリ、共有フォルダー、同期フォルダー）</translation>
    </message>
    <message>
        <source>&amp;Export journal…</source>
        <translation>記録を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Write this station&apos;s scans to a journal file to carry to another laptop</source>
        <translation>この端末のスキャン記録をファイルに書き出し、別のノートPCへ持ち運べるようにします</translation>
    </message>
    <message>
        <source>&amp;Import journals…</source>
        <translation>記録を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge journal files from other stations (any order, again and again: no double)</source>
        <translation>他の端末の記録ファイルを取り込みます（順番は自由、何度取り込んでも重複しません）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quick start</source>
        <translation>クイックスタート(&amp;Q)</translation>
    </message>
    <message>
        <source>The week step by step: before, the first morning, every door, after</source>
        <translation>受け入れ週の手順：事前準備、初日の朝、各受付、終了後</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Every key that does something, in one list</source>
        <translation>使えるキー操作の一覧</translation>
    </message>
    <message>
        <source>&amp;Where is my data?</source>
        <translation>データの保存場所(&amp;W)</translation>
    </message>
    <message>
        <source>The folders of the database, its backups, the settings and the log</source>
        <translation>データベース、バックアップ、設定、ログのフォルダー</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>一覧を消去</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Copy the open database into its backups folder now</source>
        <translation>開いているデータベースを今すぐバックアップフォルダーにコピーします</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>List the open database&apos;s backups and put one back (it is backed up first)</source>
        <translation>開いているデータベースのバックアップを一覧し、そのひとつに戻します（現在の状態を先にバックアップします）</translation>
    </message>
    <message>
        <source>Roll call &amp;now</source>
        <translation>今すぐ点呼(&amp;N)</translation>
    </message>
    <message>
        <source>Start an emergency roll call of everyone on site, at every station</source>
        <translation>すべての受付端末で、現地にいる全員の緊急点呼を始めます</translation>
    </message>
    <message>
        <source>&amp;Show open roll calls</source>
        <translation>実施中の点呼を表示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Roll call</source>
        <translation>点呼(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The details were written to {0}.</source>
        <translation>詳細は {0} に記録されました。</translation>
    </message>
    <message>
        <source>The details were written to the log.</source>
        <translation>詳細はログに記録されました。</translation>
    </message>
    <message>
        <source>Something went wrong while {0}. Nothing you entered was lost: save or close your work and try again. {1} Please send that file to whoever looks after Sakura Desktop.</source>
        <translation>{0}中に問題が発生しました。入力した内容は失われていません。作業を保存するか閉じてから、もう一度お試しください。{1}そのファイルを Sakura Desktop の管理担当者に送ってください。</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing you entered was lost: save or close your work and try again. {0} Please send that file to whoever looks after Sakura Desktop.</source>
        <translation>問題が発生しました。入力した内容は失われていません。作業を保存するか閉じてから、もう一度お試しください。{0}そのファイルを Sakura Desktop の管理担当者に送ってください。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>NewProgramDialog</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>yyyy年M月d日(ddd)</translation>
    </message>
    <message>
        <source>New program</source>
        <translation>新しいプログラム</translation>
    </message>
    <message>
        <source>A program is one exchange week. You can add delegations, participants and the schedule once it exists.</source>
        <translation>プログラムは1回の交流週間です。作成後に派遣団、参加者、日程を追加できます。</translation>
    </message>
    <message>
        <source>for example SSP-2026-07</source>
        <translation>例：SSP-2026-07</translation>
    </message>
    <message>
        <source>for example Sakura Science Exchange, July 2026</source>
        <translation>例：さくらサイエンス交流 2026年7月</translation>
    </message>
    <message>
        <source>the host university or institute</source>
        <translation>受け入れ大学・研究機関</translation>
    </message>
    <message>
        <source>one per line, for example:
Main campus
Hotel Sakura</source>
        <translation>1行に1つ。例：
メインキャンパス
ホテルさくら</translation>
    </message>
    <message>
        <source>The places the week happens. Venues (halls, labs) and travel times between sites are added on the Schedule screen.</source>
        <translation>プログラムを行う場所です。会場（ホール、研究室）や会場（拠点）間の移動時間は「日程」画面で追加します。</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>コード：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Host institution:</source>
        <translation>受け入れ機関：</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>初日：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>最終日：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン：</translation>
    </message>
    <message>
        <source>Sites:</source>
        <translation>会場（拠点）：</translation>
    </message>
    <message>
        <source>Create program</source>
        <translation>プログラムを作成</translation>
    </message>
    <message>
        <source>creating the program</source>
        <translation>プログラムの作成</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Opening…</source>
        <translation>開いています…</translation>
    </message>
    <message>
        <source>Reading {0}.</source>
        <translation>{0} を読み込んでいます。</translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation>このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>A program is one exchange week: its title, host institution, dates, time zone and sites. Create one to start adding delegations, participants and the schedule.</source>
        <translation>プログラムとは1回の交流週のことで、名称、受け入れ機関、日程、タイムゾーン、会場で構成されます。作成すると、派遣団、参加者、日程を追加できるようになります。</translation>
    </message>
    <message>
        <source>Create a program…</source>
        <translation>プログラムを作成…</translation>
    </message>
    <message>
        <source>Open another database…</source>
        <translation>別のデータベースを開く…</translation>
    </message>
</context>
<context>
    <name>PathRow</name>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
</context>
<context>
    <name>PlacesDialog</name>
    <message>
        <source>Places and lecturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open space (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus stops and outdoor spaces may hold several sessions at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a site first: every venue belongs to a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes from the site of the row to the site of the column (blank: not known). Edit the cells, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save travel times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} → {1}: {2} is not minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the travel times: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New lecturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prof., Dr. …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nat&amp;ive script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available (none listed: always available):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lecturer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <source>Purge personal data</source>
        <translation>個人データの消去</translation>
    </message>
    <message>
        <source>Not reached: files outside this database (exports, PDFs, journals in the sync folder, station packages) and the databases of the other station laptops: delete those files and purge each station&apos;s database there too.</source>
        <translation>対象外：このデータベースの外にあるファイル（書き出したファイル、PDF、同期フォルダーの記録、受付端末パッケージ）と、ほかの受付端末のデータベース。それらのファイルは削除し、各受付端末のデータベースもその端末で消去してください。</translation>
    </message>
    <message>
        <source>Open a program first.</source>
        <translation>先にプログラムを開いてください。</translation>
    </message>
    <message>
        <source>The purge removes the personal data of one program: open its database and choose the program.</source>
        <translation>消去は1つのプログラムの個人データを削除します。そのデータベースを開き、プログラムを選んでください。</translation>
    </message>
    <message>
        <source>reading the program</source>
        <translation>プログラムの読み込み</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Already purged on {0} UTC.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}（UTC）に消去済みです。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The week is not over: it ends on {0}.&lt;/b&gt; After a purge nobody can be found by name at the doors.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;プログラムはまだ終わっていません（終了日：{0}）。&lt;/b&gt;消去後は、受付で氏名による検索ができなくなります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Purge the personal data of &lt;b&gt;{0}&lt;/b&gt; ({1})? This cannot be undone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0}&lt;/b&gt;（{1}）の個人データを消去しますか？元に戻すことはできません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Will be removed:</source>
        <translation>削除されるもの：</translation>
    </message>
    <message>
        <source>Kept:</source>
        <translation>残るもの：</translation>
    </message>
    <message>
        <source>Type the program&apos;s code, {0}, to confirm:</source>
        <translation>確認のため、プログラムのコード「{0}」を入力してください：</translation>
    </message>
    <message>
        <source>Purging the personal data of {0}…</source>
        <translation>{0} の個人データを消去しています…</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The personal data of {0} was purged.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{0} の個人データを消去しました。&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>purging the personal data</source>
        <translation>個人データの消去</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{0}. Export it with “Export chart…” as PNG or SVG.</source>
        <translation>{0}。「グラフを書き出す…」で PNG または SVG として書き出せます。</translation>
    </message>
    <message>
        <source>Could not write {0}. Choose a folder you can write to.</source>
        <translation>{0} を書き込めませんでした。書き込みできるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 for Excel (*.csv)</source>
        <translation>CSV、Excel 向け UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>SVG vector drawing (*.svg)</source>
        <translation>SVG ベクター図 (*.svg)</translation>
    </message>
    <message>
        <source>Export the report&apos;s table</source>
        <translation>レポートの表を書き出す</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>グラフを書き出す</translation>
    </message>
    <message>
        <source>Attendance per session</source>
        <translation>セッション別の出席</translation>
    </message>
    <message>
        <source>Expected and present people at every session, and the rate</source>
        <translation>各セッションの予定人数・出席人数と出席率</translation>
    </message>
    <message>
        <source>Attendance per participant</source>
        <translation>参加者別の出席</translation>
    </message>
    <message>
        <source>Sessions each person was expected at and attended</source>
        <translation>一人ひとりの予定セッション数と出席したセッション数</translation>
    </message>
    <message>
        <source>Attendance per delegation</source>
        <translation>派遣団別の出席</translation>
    </message>
    <message>
        <source>Each delegation&apos;s attendance rate over the recorded sessions</source>
        <translation>出席を記録したセッションでの派遣団ごとの出席率</translation>
    </message>
    <message>
        <source>Attendance per team</source>
        <translation>チーム別の出席</translation>
    </message>
    <message>
        <source>Each team&apos;s attendance rate over the recorded sessions</source>
        <translation>出席を記録したセッションでのチームごとの出席率</translation>
    </message>
    <message>
        <source>Arrivals timeline at a checkpoint</source>
        <translation>受付地点の到着の推移</translation>
    </message>
    <message>
        <source>How many people came in at a checkpoint in each quarter of an hour</source>
        <translation>受付地点に15分ごとに何人が到着したか</translation>
    </message>
    <message>
        <source>Post-visit summary</source>
        <translation>実施報告（訪問後のまとめ）</translation>
    </message>
    <message>
        <source>For the funder: participants by country, institution, role, gender and age; sessions held with their attendance; the list of participants; the survey</source>
        <translation>助成機関向け：国・所属機関・役割・性別・年齢別の参加者、実施したセッションと出席、参加者一覧、アンケート</translation>
    </message>
    <message>
        <source>Catering: dietary needs per meal</source>
        <translation>ケータリング：食事ごとの食事制限</translation>
    </message>
    <message>
        <source>For each meal, how many expected people need halal, vegetarian, vegan … food</source>
        <translation>食事ごとに、ハラール・ベジタリアン・ヴィーガンなどが必要な予定人数</translation>
    </message>
    <message>
        <source>Transfer manifests</source>
        <translation>移動の乗車名簿</translation>
    </message>
    <message>
        <source>For each bus transfer, seats needed against capacity, and who rides with their leader</source>
        <translation>バス移動ごとの必要座席数と定員、乗車する人と引率者</translation>
    </message>
    <message>
        <source>Rooming list</source>
        <translation>部屋割り一覧</translation>
    </message>
    <message>
        <source>Rooms, names, delegation, arrival and departure, for the hotel</source>
        <translation>ホテル向けの部屋・氏名・派遣団・到着と出発</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>アンケート結果</translation>
    </message>
    <message>
        <source>Response rate, satisfaction per part of the week, coming back to Japan, comments</source>
        <translation>回答率、週の各部分の満足度、再来日の希望、コメント</translation>
    </message>
    <message>
        <source>Alumni list (consenting people only)</source>
        <translation>同窓生リスト（同意した人のみ）</translation>
    </message>
    <message>
        <source>Name, institution, country and e-mail of the people who agreed to alumni contact</source>
        <translation>同窓生としての連絡に同意した人の氏名・所属機関・国・メールアドレス</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Attendance rate per delegation</source>
        <translation>派遣団別の出席率</translation>
    </message>
    <message>
        <source>Attendance rate per team</source>
        <translation>チーム別の出席率</translation>
    </message>
    <message>
        <source>Arrivals per quarter of an hour</source>
        <translation>15分ごとの到着人数</translation>
    </message>
    <message>
        <source>Participants by country</source>
        <translation>国別の参加者</translation>
    </message>
    <message>
        <source>Participants by institution</source>
        <translation>所属機関別の参加者</translation>
    </message>
    <message>
        <source>Participants by role</source>
        <translation>役割別の参加者</translation>
    </message>
    <message>
        <source>Participants by gender</source>
        <translation>性別の参加者</translation>
    </message>
    <message>
        <source>Participants by age band</source>
        <translation>年齢層別の参加者</translation>
    </message>
    <message>
        <source>Mean satisfaction per part of the week (1–5)</source>
        <translation>週の各部分の満足度の平均（1～5）</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均点</translation>
    </message>
    <message>
        <source>Would you like to come back to Japan?</source>
        <translation>また日本に来たいですか？</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Which report to show</source>
        <translation>表示するレポート</translation>
    </message>
    <message>
        <source>The checkpoint whose arrivals are counted</source>
        <translation>到着を数える受付地点</translation>
    </message>
    <message>
        <source>This report has several tables: pick one</source>
        <translation>このレポートには複数の表があります。1つ選んでください</translation>
    </message>
    <message>
        <source>Check&amp;point:</source>
        <translation>受付地点(&amp;P)：</translation>
    </message>
    <message>
        <source>T&amp;able:</source>
        <translation>表(&amp;A)：</translation>
    </message>
    <message>
        <source>Export &amp;table…</source>
        <translation>表を書き出す(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the report&apos;s tables as an Excel workbook (a sheet each) or CSV (a file each)</source>
        <translation>レポートの表を Excel ブック（表ごとに1シート）または CSV（表ごとに1ファイル）で保存します</translation>
    </message>
    <message>
        <source>Export c&amp;hart…</source>
        <translation>グラフを書き出す(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image or an SVG drawing</source>
        <translation>グラフを PNG 画像または SVG 図として保存します</translation>
    </message>
    <message>
        <source>Re&amp;compute</source>
        <translation>再集計(&amp;C)</translation>
    </message>
    <message>
        <source>Read the database again and recompute the report (F5)</source>
        <translation>データベースを読み直してレポートを集計し直します（F5）</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>レポート(&amp;R)：</translation>
    </message>
    <message>
        <source>Click a column&apos;s header to sort by it; click again to reverse</source>
        <translation>列見出しをクリックするとその列で並べ替えます。もう一度クリックすると逆順になります</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open a database (File &gt; Open database) to see attendance, the survey and the week&apos;s other reports.</source>
        <translation>出席、アンケート、その週のほかのレポートを見るには、データベースを開いてください（「ファイル」＞「データベースを開く」）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation>このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>Create a program, add its people and sessions and check people in; their reports appear here.</source>
        <translation>プログラムを作成し、参加者とセッションを追加して受付を行うと、ここにレポートが表示されます。</translation>
    </message>
    <message>
        <source>{0}: attendance, arrivals, the survey and the week&apos;s lists. Click a column to sort; export the table or the chart.</source>
        <translation>{0}：出席、到着、アンケート、その週の各種リスト。列をクリックすると並べ替えられます。表やグラフを書き出せます。</translation>
    </message>
    <message>
        <source>Checking the check-in journal</source>
        <translation>受付の記録を確認しています</translation>
    </message>
    <message>
        <source>Computing: {0}…</source>
        <translation>集計中：{0}…</translation>
    </message>
    <message>
        <source>The report could not be computed.</source>
        <translation>レポートを集計できませんでした。</translation>
    </message>
    <message>
        <source>computing the report</source>
        <translation>レポートの集計</translation>
    </message>
    <message>
        <source>Cancelled. Press Recompute (F5) to compute it again.</source>
        <translation>キャンセルしました。もう一度集計するには「再集計」（F5）を押してください。</translation>
    </message>
    <message>
        <source>This program has no checkpoint yet: nobody was checked in.</source>
        <translation>このプログラムにはまだ受付地点がありません。誰も受付されていません。</translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>表は空です。</translation>
    </message>
    <message>
        <source>Saved {0} in {1}.</source>
        <translation>{0} を {1} に保存しました。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} を書き込んでいます…</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <source>exporting the table</source>
        <translation>表の書き出し</translation>
    </message>
    <message>
        <source>exporting the chart</source>
        <translation>グラフの書き出し</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Taken</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>スキャン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>On opening</source>
        <translation>開いたとき</translation>
    </message>
    <message>
        <source>Automatic (data changed)</source>
        <translation>自動（データ変更あり）</translation>
    </message>
    <message>
        <source>Backed up by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Before a roster import</source>
        <translation>名簿の取り込み前</translation>
    </message>
    <message>
        <source>Before merging journals</source>
        <translation>ジャーナルの統合前</translation>
    </message>
    <message>
        <source>Before the purge</source>
        <translation>個人データ消去前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>復元前</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Before upgrading (schema {0})</source>
        <translation>アップグレード前（スキーマ {0}）</translation>
    </message>
    <message>
        <source>Open a database first.</source>
        <translation>先にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Backups are kept beside each database file: open it with File &gt; Open database.</source>
        <translation>バックアップは各データベースファイルの隣に保存されます。［ファイル］＞［データベースを開く］で開いてください。</translation>
    </message>
    <message>
        <source>This database has no backups here.</source>
        <translation>このデータベースのバックアップはここにはありません。</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>Backing up {0}…</source>
        <translation>{0} をバックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>{0} にバックアップしました</translation>
    </message>
    <message>
        <source>Checking the backup, then backing up the database as it is now…</source>
        <translation>バックアップを確認し、現在のデータベースをバックアップしています…</translation>
    </message>
    <message>
        <source>Backups of {0}, kept in {1}. Restoring replaces what the database holds now by the backup&apos;s content; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>{0} のバックアップ（保存先：{1}）。復元すると、データベースの現在の内容がバックアップの内容に置き換わります。現在の状態は先にバックアップされるので、復元自体も元に戻せます。</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>バックアップを読み込んでいます…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore &amp;another file…</source>
        <translation>別のファイルから復元(&amp;A)…</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>{0} backups.</source>
        <translation>バックアップ {0} 件。</translation>
    </message>
    <message>
        <source>No backups yet: use Back up now to take one.</source>
        <translation>バックアップはまだありません。［今すぐバックアップ］で作成できます。</translation>
    </message>
    <message>
        <source>the backup of {0} ({1})</source>
        <translation>{0} のバックアップ（{1}）</translation>
    </message>
    <message>
        <source>Restore another backup file</source>
        <translation>別のバックアップファイルから復元</translation>
    </message>
    <message>
        <source>Sakura Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>Sakura Desktop データベース (*.db *.sqlite);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Replace what {0} holds now by {1}?</source>
        <translation>{0} の現在の内容を {1} で置き換えますか？</translation>
    </message>
    <message>
        <source>Everything entered or scanned since that backup leaves the database. The database as it is now is backed up first: restoring that backup undoes this.</source>
        <translation>そのバックアップ以降に入力・スキャンした内容はデータベースから消えます。現在の状態は先にバックアップされるので、そのバックアップを復元すれば元に戻せます。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Restoring {0}…</source>
        <translation>{0} を復元しています…</translation>
    </message>
    <message>
        <source>Restored from {0}.</source>
        <translation>{0} から復元しました。</translation>
    </message>
    <message>
        <source>The database as it was is kept as {0}.</source>
        <translation>復元前のデータベースは {0} として保存しました。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>バックアップしています…</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>{0} にバックアップしました。</translation>
    </message>
    <message>
        <source>After the purge</source>
        <translation>個人データ消去後</translation>
    </message>
    <message>
        <source>{0}: damaged, cannot be restored (point at it for why)</source>
        <translation>{0}：破損のため復元できません（ポインターを合わせると理由が出ます）</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>Looking for a rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the plan against the week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan creates 1 conflict with the rest of the week. Apply writes it anyway; fix them in the week view, or change the slots and Plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan creates {0} conflicts with the rest of the week. Apply writes it anyway; fix them in the week view, or change the slots and Plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations (venues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (venue seats ÷ largest team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams per station at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;titles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the teams, the stations and the time slots, then Plan. Each team visits each station once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {0} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> 分</translation>
    </message>
    <message>
        <source>planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation is possible: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation was not written: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleChanges</name>
    <message>
        <source>That session no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply rotation ({0} sessions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleController</name>
    <message>
        <source>Loading the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redoing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleEditing</name>
    <message>
        <source>Another change is still being saved; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &apos;{0}&apos; ({1})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its check-in records stay. Undo (Ctrl+Z) brings the session back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">キャンセル</translation>
    </message>
    <message>
        <source>Delete &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the rotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleFiles</name>
    <message>
        <source>Schedules (*.xlsx *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished">Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>Drag a block to move it, drag its bottom edge to change its length, double-click to edit. Arrows select, Alt+arrows nudge, Enter edits, Delete deletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotation planner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation type="unfinished">データベースが開かれていません</translation>
    </message>
    <message>
        <source>Open or create a database (File menu) to plan the week&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">読み込み中…</translation>
    </message>
    <message>
        <source>Reading the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no program yet</source>
        <translation type="unfinished">このデータベースにはまだプログラムがありません</translation>
    </message>
    <message>
        <source>Create a program (its dates and time zone) before planning its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts (if dropped here) in this view ({0} in the week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts in this view ({0} in the week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts (if dropped here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (if dropped here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in this view (if dropped here) ({1} in the week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} in this view ({1} in the week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {0} (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {0} (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &apos;{0}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTransfers</name>
    <message>
        <source>Importing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished">{0} を書き込んでいます…</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported week has no conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {0} more, listed beside the week view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week now has {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleViewChoice</name>
    <message>
        <source>Type a name…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no venue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no lecturer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in the program&apos;s time zone, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bus arrives at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lecturer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everyone (every participant who has not withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (withdrawn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished">参加者</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy  HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionKinds</name>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab tour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetUpStationDialog</name>
    <message>
        <source>Set up this laptop as a station</source>
        <translation>このパソコンを受付端末に設定</translation>
    </message>
    <message>
        <source>Set up station</source>
        <translation>受付端末を設定</translation>
    </message>
    <message>
        <source>Choose the station package exported on the coordinator&apos;s laptop (File &gt; Export station package…) and type its passphrase. A new database is created for this laptop and opened, ready to check people in.</source>
        <translation>コーディネーターのノートパソコンで書き出した受付端末パッケージ（「ファイル」＞「受付端末パッケージの書き出し…」）を選び、パスフレーズを入力してください。このパソコン用の新しいデータベースが作成されて開き、すぐに受付を始められます。</translation>
    </message>
    <message>
        <source>No package chosen yet.</source>
        <translation>パッケージはまだ選ばれていません。</translation>
    </message>
    <message>
        <source>for example Main door, Bus 2, Lab B</source>
        <translation>例：正面入口、2号車、B研究室</translation>
    </message>
    <message>
        <source>&amp;Package:</source>
        <translation>パッケージ(&amp;P)：</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Station name:</source>
        <translation>受付端末名(&amp;S)：</translation>
    </message>
    <message>
        <source>New &amp;database:</source>
        <translation>新しいデータベース(&amp;D)：</translation>
    </message>
    <message>
        <source>Read station package</source>
        <translation>受付端末パッケージの読み込み</translation>
    </message>
    <message>
        <source>{title} ({code}), {first} – {last}: {count} participants; exported {written} UTC.</source>
        <translation>{title}（{code}）、{first}～{last}：参加者{count}人。書き出し日時 {written}（UTC）。</translation>
    </message>
    <message>
        <source>reading the station package</source>
        <translation>受付端末パッケージの読み込み</translation>
    </message>
    <message>
        <source>Choose the station package.</source>
        <translation>受付端末パッケージを選んでください。</translation>
    </message>
    <message>
        <source>Type the passphrase the coordinator gave with the package.</source>
        <translation>パッケージと一緒にコーディネーターから伝えられたパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Name this station (for example Main door): every scan carries its name.</source>
        <translation>この受付端末に名前を付けてください（例：正面入口）。すべてのスキャンにこの名前が記録されます。</translation>
    </message>
    <message>
        <source>Choose where to create this station&apos;s database.</source>
        <translation>この受付端末のデータベースを作成する場所を選んでください。</translation>
    </message>
    <message>
        <source>Setting up this station…</source>
        <translation>受付端末を設定しています…</translation>
    </message>
    <message>
        <source>setting up the station</source>
        <translation>受付端末の設定</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>As the system ({0})</source>
        <translation>システムと同じ（{0}）</translation>
    </message>
    <message>
        <source>The language of the menus, screens and the coordinator&apos;s sheets. Badges, notebooks and certificates stay in English for the participants. A change takes effect when Sakura Desktop starts again.</source>
        <translation>メニュー、画面、コーディネーター用の帳票の言語です。名札、ノート、修了証は参加者向けに英語のままです。変更は Sakura Desktop の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Sakura Desktop will speak {0} from its next start.</source>
        <translation>次回の起動から Sakura Desktop は{0}で表示されます。</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <source>Nothing is lost: the open database is reopened.</source>
        <translation>データは失われません。開いているデータベースは再び開かれます。</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>バックアップ間隔：</translation>
    </message>
    <message>
        <source>While its data changes, the open database file is backed up this often, besides on opening and before imports, merges and restores (File &gt; Restore from a backup…). A database on a server is backed up by its server.</source>
        <translation>データが変わっている間、開いているデータベースファイルをこの間隔でバックアップします。ほかに、開いたとき、取り込み・統合・復元の前にもバックアップします（［ファイル］＞［バックアップから復元…］）。サーバー上のデータベースはサーバー側でバックアップします。</translation>
    </message>
</context>
<context>
    <name>ShellCommands</name>
    <message>
        <source>Open database</source>
        <translation>開いているデータベース</translation>
    </message>
    <message>
        <source>Its backups</source>
        <translation>そのバックアップ</translation>
    </message>
    <message>
        <source>taken at start, before risky changes and while data changes</source>
        <translation>起動時、大きな変更の前、データの変更中に作成されます</translation>
    </message>
    <message>
        <source>Your databases</source>
        <translation>データベースの保存先</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>what happened, without names or other personal data</source>
        <translation>動作の記録（氏名などの個人データは含みません）</translation>
    </message>
</context>
<context>
    <name>StationPackage</name>
    <message>
        <source>Station packages (*{0});;All files (*)</source>
        <translation>受付端末パッケージ (*{0});;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Sakura Desktop databases (*.db);;All files (*)</source>
        <translation>Sakura Desktop データベース (*.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export station package</source>
        <translation>受付端末パッケージの書き出し</translation>
    </message>
    <message>
        <source>Choose a station package</source>
        <translation>受付端末パッケージを選択</translation>
    </message>
    <message>
        <source>New station database</source>
        <translation>新しい受付端末データベース</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Survey answers — {name}</source>
        <translation>アンケートの回答 — {name}</translation>
    </message>
    <message>
        <source>As written on the sheet</source>
        <translation>用紙に書かれたとおりに</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Satisfaction, 1 (very dissatisfied) to 5 (very satisfied):</source>
        <translation>満足度（1：とても不満 ～ 5：とても満足）：</translation>
    </message>
    <message>
        <source>Come back</source>
        <translation>再来日</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Alumni contact</source>
        <translation>同窓生としての連絡</translation>
    </message>
    <message>
        <source>Consent recorded {when} UTC</source>
        <translation>同意の記録日時 {when}（UTC）</translation>
    </message>
    <message>
        <source>Saving survey answers</source>
        <translation>アンケートの回答を保存しています</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>保存されませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>SurveyImportDialog</name>
    <message>
        <source>Form exports (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>フォームの書き出しファイル (*.csv *.xlsx *.txt *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（読み込まない）</translation>
    </message>
    <message>
        <source>Choose the form&apos;s export</source>
        <translation>フォームの書き出しファイルを選択</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>アンケートの回答を取り込む</translation>
    </message>
    <message>
        <source>A CSV or Excel export of Google Forms, Microsoft Forms…</source>
        <translation>Google フォームや Microsoft Forms などから書き出した CSV または Excel ファイル…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>最初の回答</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>取り込むファイルを選んでください。</translation>
    </message>
    <message>
        <source>Leave out the rows listed above and import the valid rows</source>
        <translation>上に挙げた行を除き、有効な行を取り込む</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Columns (change what a column holds if the guess is wrong):</source>
        <translation>列（推定が違う場合は列の内容を変更してください）：</translation>
    </message>
    <message>
        <source>Rows that would be left out:</source>
        <translation>除外される行：</translation>
    </message>
    <message>
        <source>Reading the survey file</source>
        <translation>アンケートのファイルを読み込んでいます</translation>
    </message>
    <message>
        <source>Checking the answers</source>
        <translation>回答を確認しています</translation>
    </message>
    <message>
        <source>Importing the survey answers…</source>
        <translation>アンケートの回答を取り込んでいます…</translation>
    </message>
    <message>
        <source>importing the survey answers</source>
        <translation>アンケートの回答の取り込み</translation>
    </message>
</context>
<context>
    <name>SurveyWords</name>
    <message>
        <source>Very dissatisfied</source>
        <translation>とても不満</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不満</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>どちらでもない</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>満足</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>とても満足</translation>
    </message>
    <message>
        <source>Lectures</source>
        <translation>講義</translation>
    </message>
    <message>
        <source>Lab tours</source>
        <translation>研究室見学</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Cultural activities</source>
        <translation>文化体験</translation>
    </message>
    <message>
        <source>Meals and lodging</source>
        <translation>食事と宿泊</translation>
    </message>
    <message>
        <source>The week overall</source>
        <translation>プログラム全体</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Roster id</source>
        <translation>名簿のID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Come back to Japan</source>
        <translation>再来日の希望</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Consent to alumni contact</source>
        <translation>同窓生としての連絡への同意</translation>
    </message>
    <message>
        <source>Would you like to come back to Japan to study or work?</source>
        <translation>日本に戻って学んだり働いたりしたいですか？</translation>
    </message>
    <message>
        <source>Satisfaction: {0}</source>
        <translation>満足度：{0}</translation>
    </message>
</context>
<context>
    <name>TaskFooter</name>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>中止しました。何も書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>VenueKinds</name>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bus stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to {0}</source>
        <translation>{0} へようこそ</translation>
    </message>
    <message>
        <source>Run a science exchange week from this laptop, with or without a network: the delegations and their people, the schedule, check-in at every door with QR badges, and the printed badges, notebooks and sheets in every script.</source>
        <translation>科学技術交流の1週間を、このノートPC1台で運営できます。ネットワークがなくても大丈夫です。派遣団と参加者、日程、QR名札による各会場での受付、そしてどの文字にも対応した名札・実験ノート・帳票の印刷。</translation>
    </message>
    <message>
        <source>Try the demo week</source>
        <translation>デモの1週間を試す</translation>
    </message>
    <message>
        <source>A five-day exchange with eight delegations, a schedule and check-ins, to look around safely. Nothing you do there touches your own data.</source>
        <translation>8つの派遣団、日程、受付記録を含む5日間の交流プログラムです。安心して操作を試せます。ご自身のデータには一切影響しません。</translation>
    </message>
    <message>
        <source>Create your program</source>
        <translation>プログラムを作成する</translation>
    </message>
    <message>
        <source>Start your own week: its title, the host institution, the dates, the time zone and the sites. Delegations and the schedule come next.</source>
        <translation>ご自身の交流週を始めます。名称、受け入れ機関、日程、タイムゾーン、会場を入力し、続いて派遣団と日程を登録します。</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>データベースを開く…</translation>
    </message>
    <message>
        <source>Continue with a database file you or a colleague already made (a .db file), for example one copied from the coordinator&apos;s laptop.</source>
        <translation>ご自身や同僚が作成したデータベースファイル（.db ファイル）で作業を続けます。コーディネーターのノートPCからコピーしたファイルなどです。</translation>
    </message>
    <message>
        <source>Import a roster…</source>
        <translation>名簿を取り込む…</translation>
    </message>
    <message>
        <source>Bring in the participants from a delegation&apos;s Excel or CSV file. A program is created first if there is none.</source>
        <translation>派遣団の Excel または CSV ファイルから参加者を取り込みます。プログラムがまだない場合は、先に作成します。</translation>
    </message>
    <message>
        <source>Read the quick-start guide for the week</source>
        <translation>受け入れ週のクイックスタートを読む</translation>
    </message>
    <message>
        <source>Before the week, the first morning, every door</source>
        <translation>事前準備、初日の朝、各受付</translation>
    </message>
</context>
<context>
    <name>WhereIsEveryoneDialog</name>
    <message>
        <source>Where is everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name (any script), delegation, team or checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} people shown · {2} never seen at any checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
